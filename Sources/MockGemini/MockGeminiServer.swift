package import Hummingbird
package import Logging
package import InterceptionTLS
import HummingbirdHTTP2

/// Builds mock-gemini's HTTP application.
package enum MockGeminiServer {
    /// An application serving ``MockGeminiResponder`` on `host:port` (port 0 picks a free one).
    /// - Parameters:
    ///   - onRunning: called with the bound port once listening.
    package static func makeApplication(
        host: String, port: Int, responder: MockGeminiResponder, logger: Logger,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> Application<MockGeminiResponder> {
        Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }
}

extension MockGeminiServer {
    /// The same responder over TLS with HTTP/1.1 and HTTP/2 (ALPN), as Google's hosts serve it:
    /// the REST routes and the gRPC methods. Certificates come from `certificates` by SNI.
    package static func makeTLSApplication(
        host: String, port: Int, responder: MockGeminiResponder, certificates: SNICertificates, logger: Logger,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> Application<MockGeminiResponder> {
        Application(
            responder: responder,
            server: .tlsHTTP(certificates.serverConfiguration),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger
        )
    }
}
