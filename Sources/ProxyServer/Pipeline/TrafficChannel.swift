import HummingbirdCore
import Logging
import NIOCore
import NIOHTTPTypesHTTP1
import ProxyConfig
import ProxyCore

/// The traffic listener's HTTP/1.1 channel: Hummingbird's own, with the `limits` section's
/// bounds (header size and count, idle timeout, connection cap, request read time) and a
/// ``RequestTargetAnnotator`` in front of its HTTPTypes conversion.
struct TrafficChannel: HTTPChannelHandler {
    typealias Value = HTTP1Channel.Value

    private let http1: HTTP1Channel
    private let limiter: ConnectionLimiter
    private let requestReadTimeout: TimeAmount?
    var responder: HTTPChannelHandler.Responder { http1.responder }

    init(responder: @escaping HTTPChannelHandler.Responder, limits: LimitsConfiguration, limiter: ConnectionLimiter) {
        let configuration = HTTP1Channel.Configuration(
            idleTimeout: limits.idleTimeout > .zero ? .nanoseconds(Int64(limits.idleTimeout.nanoseconds)) : nil,
            httpDecoderConfiguration: .init(
                maxHeaderFieldSize: limits.maxHeaderBytes, maxHeaderListSize: limits.maxHeaderBytes,
                maxHeaderFieldCount: limits.maxHeaderCount
            )
        )
        self.http1 = HTTP1Channel(responder: responder, configuration: configuration)
        self.limiter = limiter
        self.requestReadTimeout = limits.requestReadTimeout > .zero ? .nanoseconds(Int64(limits.requestReadTimeout.nanoseconds)) : nil
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let admitted = limiter.admit()
        if admitted {
            let limiter = self.limiter
            channel.closeFuture.whenComplete { _ in limiter.release() }
        }
        let requestReadTimeout = self.requestReadTimeout
        return http1.setup(channel: channel, logger: logger).flatMapThrowing { value in
            // Over the cap: the connection still gets a channel (so the server's accept loop
            // sees nothing unusual) and is closed at once.
            guard admitted else {
                channel.close(promise: nil)
                return value
            }
            let pipeline = channel.pipeline.syncOperations
            let conversion = try pipeline.handler(type: HTTP1ToHTTPServerCodec.self)
            try pipeline.addHandler(RequestTargetAnnotator(), position: .before(conversion))
            if let requestReadTimeout {
                try pipeline.addHandler(RequestReadDeadline(timeout: requestReadTimeout), position: .before(conversion))
            }
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1.1 through ``TrafficChannel``.
    static func traffic(limits: LimitsConfiguration, limiter: ConnectionLimiter) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in TrafficChannel(responder: responder, limits: limits, limiter: limiter) }
    }
}
