package import HummingbirdCore
package import HummingbirdHTTP2
package import Logging
package import NIOCore
import NIOHTTP2
package import NIOSSL
import NIOTLS

/// A TLS connection that speaks HTTP/1.1 or HTTP/2, chosen by ALPN: Hummingbird's HTTP/1.1 and
/// HTTP/2 channels behind NIOSSL, like Hummingbird's own upgrade channel, plus a
/// ``ClientPingFilter`` on HTTP/2 connections so gRPC clients' PINGs never end them.
/// Serves Outrigger's interception listener and mock-gemini's TLS face.
package struct TLSHTTPChannel: HTTPChannelHandler {
    package struct Value: ServerChildChannelValue {
        let negotiated: EventLoopFuture<NIONegotiatedHTTPVersion<HTTP1Channel.Value, HTTP2Channel.Value>>
        package let channel: any Channel
    }

    private let context: NIOSSLContext
    private let http1: HTTP1Channel
    private let http2: HTTP2Channel
    private let onPingFlood: @Sendable () -> Void
    package var responder: HTTPChannelHandler.Responder { http1.responder }

    /// - Parameters:
    ///   - tls: The server's TLS configuration; its ALPN list is replaced with h2 and http/1.1.
    ///   - configuration: Idle timeout and per-stream (HTTP/1.1 decoder) settings.
    ///   - onPingFlood: Called when NIOHTTP2 closes a connection for too many PINGs or SETTINGS.
    package init(
        tls: TLSConfiguration, configuration: HTTP2ChannelConfiguration = .init(),
        onPingFlood: @escaping @Sendable () -> Void = {}, responder: @escaping HTTPChannelHandler.Responder
    ) throws {
        var tls = tls
        tls.applicationProtocols = ["h2", "http/1.1"]
        context = try NIOSSLContext(configuration: tls)
        http1 = HTTP1Channel(responder: responder, configuration: configuration.streamConfiguration)
        http2 = HTTP2Channel(responder: responder, configuration: configuration)
        self.onPingFlood = onPingFlood
    }

    package func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
            let negotiation = NIOTypedApplicationProtocolNegotiationHandler<
                NIONegotiatedHTTPVersion<HTTP1Channel.Value, HTTP2Channel.Value>
            > { result in
                switch result {
                case .negotiated("h2"):
                    return http2.setup(channel: channel, logger: logger).flatMapThrowing { value in
                        try addPingFilter(to: channel)
                        return .http2(value)
                    }
                case .negotiated("http/1.1"), .fallback:
                    return http1.setup(channel: channel, logger: logger).map { .http1_1($0) }
                case .negotiated:
                    // NIOSSL only accepts a protocol from our own list, so this cannot happen.
                    return channel.close().flatMapThrowing { throw NIOHTTP2Errors.invalidALPNToken() }
                }
            }
            try channel.pipeline.syncOperations.addHandler(negotiation)
            return Value(negotiated: negotiation.protocolNegotiationResult, channel: channel)
        }
    }

    package func handle(value: Value, logger: Logger) async {
        do {
            switch try await value.negotiated.get() {
            case .http1_1(let connection): await http1.handle(value: connection, logger: logger)
            case .http2(let connection): await http2.handle(value: connection, logger: logger)
            }
        } catch {
            logger.debug("TLS connection ended before HTTP began", metadata: ["error": "\(error)"])
        }
    }

    /// Puts the PING filter right after NIOHTTP2's handler, ahead of Hummingbird's connection
    /// manager.
    private func addPingFilter(to channel: any Channel) throws {
        let pipeline = channel.pipeline.syncOperations
        let http2Handler = try pipeline.handler(type: NIOHTTP2Handler.self)
        try pipeline.addHandler(
            ClientPingFilter(onFlood: onPingFlood), position: .after(http2Handler)
        )
    }
}

extension HTTPServerBuilder {
    /// TLS, then HTTP/1.1 or HTTP/2 by ALPN, through ``TLSHTTPChannel``.
    package static func tlsHTTP(_ tls: TLSConfiguration, configuration: HTTP2ChannelConfiguration = .init()) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            try TLSHTTPChannel(tls: tls, configuration: configuration, responder: responder)
        }
    }
}
