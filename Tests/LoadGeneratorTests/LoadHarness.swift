import AsyncHTTPClient
import Logging
import MockGemini
import ProxyConfig
import ProxyServer
import ServiceLifecycle
import Synchronization

/// mock-gemini and Outrigger in process on ephemeral 127.0.0.1 ports, for one test.
struct LoadHarness {
    var mockBase: String
    var proxyBase: String
    var adminBase: String
    var client: HTTPClient

    /// Starts both servers, runs `body`, then shuts both down.
    /// - Parameters:
    ///   - configure: adjusts the proxy configuration.
    static func run(configure: (inout ProxyConfiguration) -> Void = { _ in }, _ body: (LoadHarness) async throws -> Void) async throws {
        let quiet = Logger(label: "load-test", factory: { _ in SwiftLogNoOpLogHandler() })
        let mockPort = PortBox()
        let mock = MockGeminiServer.makeApplication(
            host: "127.0.0.1", port: 0, responder: MockGeminiResponder(catalog: .onlineBoutique, behavior: MockBehavior()), logger: quiet
        ) { port in mockPort.set(port) }
        let mockGroup = ServiceGroup(services: [mock], logger: quiet)
        var clientConfiguration = HTTPClient.Configuration()
        clientConfiguration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 32
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await mockGroup.run() }
            let port = await mockPort.wait()
            var configuration = ProxyConfiguration.default
            configuration.listen = try ListenAddress(parsing: "127.0.0.1:0")
            configuration.admin.listen = try ListenAddress(parsing: "127.0.0.1:0")
            configuration.upstream.overrideAll(with: "http://127.0.0.1:\(port)")
            configure(&configuration)
            let proxy = OutriggerProxy(
                configuration: configuration, logger: quiet, injectionAssessor: GuardScoring.assessor(for: configuration.guards)
            )
            let proxyGroup = ServiceGroup(configuration: .init(services: proxy.services.map { .init(service: $0) }, logger: quiet))
            tasks.addTask { try await proxyGroup.run() }
            let ports = await proxy.ports.wait()
            let harness = LoadHarness(
                mockBase: "http://127.0.0.1:\(port)", proxyBase: "http://127.0.0.1:\(ports.traffic)",
                adminBase: "http://127.0.0.1:\(ports.admin)", client: client
            )
            var failure: (any Error)?
            do { try await body(harness) } catch { failure = error }
            await proxyGroup.triggerGracefulShutdown()
            await mockGroup.triggerGracefulShutdown()
            try await tasks.waitForAll()
            if let failure { throw failure }
        }
        try await client.shutdown()
    }
}

/// A port published once by a server callback.
final class PortBox: Sendable {
    private let stream: AsyncStream<Int>
    private let continuation: AsyncStream<Int>.Continuation

    init() {
        (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
    }

    func set(_ port: Int) { continuation.yield(port) }

    func wait() async -> Int {
        for await port in stream { return port }
        return 0
    }
}
