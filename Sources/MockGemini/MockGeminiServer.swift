package import Hummingbird
package import Logging

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
