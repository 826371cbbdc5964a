import HummingbirdCore
import Logging
import NIOCore
import NIOHTTPTypesHTTP1

/// The traffic listener's HTTP/1.1 channel: Hummingbird's own, with a ``RequestTargetAnnotator``
/// in front of its HTTPTypes conversion.
struct TrafficChannel: HTTPChannelHandler {
    typealias Value = HTTP1Channel.Value

    private let http1: HTTP1Channel
    var responder: HTTPChannelHandler.Responder { http1.responder }

    init(responder: @escaping HTTPChannelHandler.Responder) {
        self.http1 = HTTP1Channel(responder: responder)
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        http1.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            let conversion = try pipeline.handler(type: HTTP1ToHTTPServerCodec.self)
            try pipeline.addHandler(RequestTargetAnnotator(), position: .before(conversion))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1.1 through ``TrafficChannel``.
    static var traffic: HTTPServerBuilder {
        HTTPServerBuilder { responder in TrafficChannel(responder: responder) }
    }
}
