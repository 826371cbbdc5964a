import HummingbirdCore
import HummingbirdHTTP2
import InterceptionTLS
import Logging
import NIOCore
import ProxyConfig
import ProxyCore

/// The interception listener's connections: TLS with a certificate chosen by SNI
/// (``SNICertificates``), then HTTP/1.1 or HTTP/2 by ALPN (``TLSHTTPChannel``), under the same
/// connection cap and idle timeout as the plain listener.
struct InterceptionChannel: HTTPChannelHandler {
    typealias Value = TLSHTTPChannel.Value

    private let upgrade: TLSHTTPChannel
    private let limiter: ConnectionLimiter
    var responder: HTTPChannelHandler.Responder { upgrade.responder }

    init(
        responder: @escaping HTTPChannelHandler.Responder, certificates: SNICertificates, limits: LimitsConfiguration,
        limiter: ConnectionLimiter
    ) throws {
        let tls = certificates.serverConfiguration
        let idle: Duration? = limits.idleTimeout > .zero ? limits.idleTimeout : nil
        let stream = HTTP1Channel.Configuration(
            idleTimeout: idle.map { .nanoseconds(Int64($0.nanoseconds)) },
            httpDecoderConfiguration: .init(
                maxHeaderFieldSize: limits.maxHeaderBytes, maxHeaderListSize: limits.maxHeaderBytes,
                maxHeaderFieldCount: limits.maxHeaderCount
            )
        )
        upgrade = try TLSHTTPChannel(
            tls: tls, configuration: .init(idleTimeout: idle, streamConfiguration: stream),
            onPingFlood: { certificates.countPingFlood() }, responder: responder
        )
        self.limiter = limiter
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let admitted = limiter.admit()
        if admitted {
            let limiter = self.limiter
            channel.closeFuture.whenComplete { _ in limiter.release() }
        } else {
            channel.close(promise: nil)
        }
        return upgrade.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        await upgrade.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// TLS, then HTTP/1.1 or HTTP/2, through ``InterceptionChannel``.
    static func interception(
        certificates: SNICertificates, limits: LimitsConfiguration, limiter: ConnectionLimiter
    ) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            try InterceptionChannel(responder: responder, certificates: certificates, limits: limits, limiter: limiter)
        }
    }
}
