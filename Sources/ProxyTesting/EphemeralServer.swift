import Hummingbird
import Logging
import ServiceLifecycle

/// Runs `router` on 127.0.0.1 (ephemeral port) or a Unix socket while `body` runs with the
/// port (0 on a socket), then shuts the server down gracefully, also when `body` throws.
func withEphemeralServer(
    _ router: Router<BasicRequestContext>, label: String, socketPath: String? = nil, _ body: (Int) async throws -> Void
) async throws {
    let ports = AsyncStream.makeStream(of: Int.self)
    let quiet = Logger(label: label, factory: { _ in SwiftLogNoOpLogHandler() })
    let app = Application(
        router: router,
        configuration: .init(address: socketPath.map { .unixDomainSocket(path: $0) } ?? .hostname("127.0.0.1", port: 0)),
        onServerRunning: { ports.continuation.yield($0.localAddress?.port ?? 0) }, logger: quiet
    )
    let group = ServiceGroup(services: [app], logger: quiet)
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        var port = 0
        for await p in ports.stream { port = p; break }
        do {
            try await body(port)
        } catch {
            await group.triggerGracefulShutdown()
            throw error
        }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
    }
}
