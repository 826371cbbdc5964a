package import AsyncHTTPClient
package import DatadogExport
import GeminiWire
package import Guards
import Hummingbird
package import JSON
package import Logging
package import MockGemini
import NIOCore
package import NIOHTTP1
package import ProxyConfig
package import ProxyServer
import ServiceLifecycle
import Synchronization

/// Runs mock-gemini and the proxy in process on ephemeral 127.0.0.1 ports for one test.
package struct ProxyHarness {
    package var mockPort: Int
    package var trafficPort: Int
    package var adminPort: Int
    package var client: HTTPClient
    package var logs: LogCapture

    package var proxyBase: String { "http://127.0.0.1:\(trafficPort)" }
    package var mockBase: String { "http://127.0.0.1:\(mockPort)" }
    package var adminBase: String { "http://127.0.0.1:\(adminPort)" }

    /// Starts both servers, runs `body`, then shuts both down gracefully.
    /// - Parameters:
    ///   - behavior: mock-gemini's default knobs.
    ///   - upstream: overrides the upstream URL (defaults to the mock).
    ///   - environment: the proxy's process environment (secrets, `GOOGLE_CLOUD_PROJECT`, ...).
    ///   - configure: adjusts the proxy configuration.
    package static func run(
        behavior: MockBehavior = MockBehavior(),
        upstream: String? = nil,
        dogStatsD: DogStatsDConfiguration? = nil,
        traces: TraceWriterConfiguration? = nil,
        llmObs: LLMObsWriterConfiguration? = nil,
        assessor: (any InjectionAssessor)? = nil,
        adminToken: AdminToken? = nil,
        environment: [String: String] = [:],
        configure: (inout ProxyConfiguration) -> Void = { _ in },
        _ body: (ProxyHarness) async throws -> Void
    ) async throws {
        let logs = LogCapture()
        let logger = Logger(label: "test") { _ in CapturingLogHandler(capture: logs) }
        let mockPort = PortStream()
        let mock = MockGeminiServer.makeApplication(
            host: "127.0.0.1", port: 0, responder: MockGeminiResponder(catalog: .onlineBoutique, behavior: behavior),
            logger: Logger(label: "mock", factory: { _ in SwiftLogNoOpLogHandler() })
        ) { port in mockPort.set(port) }
        let mockGroup = ServiceGroup(services: [mock], logger: Logger(label: "mock", factory: { _ in SwiftLogNoOpLogHandler() }))
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await mockGroup.run() }
            let port = await mockPort.wait()
            var configuration = ProxyConfiguration.default
            configuration.listen = try ListenAddress(parsing: "127.0.0.1:0")
            configuration.admin.listen = try ListenAddress(parsing: "127.0.0.1:0")
            configuration.upstream.overrideAll(with: upstream ?? "http://127.0.0.1:\(port)")
            configure(&configuration)
            let proxy = OutriggerProxy(
                configuration: configuration, logger: logger, dogStatsD: dogStatsD, traces: traces, llmObs: llmObs,
                environment: environment, injectionAssessor: assessor, adminToken: adminToken
            )
            let proxyGroup = ServiceGroup(
                configuration: .init(services: proxy.services.map { .init(service: $0) }, logger: logger)
            )
            tasks.addTask { try await proxyGroup.run() }
            let ports = await proxy.ports.wait()
            let harness = ProxyHarness(mockPort: port, trafficPort: ports.traffic, adminPort: ports.admin, client: client, logs: logs)
            do {
                try await body(harness)
            } catch {
                await proxyGroup.triggerGracefulShutdown()
                await mockGroup.triggerGracefulShutdown()
                try? await client.shutdown()
                throw error
            }
            await proxyGroup.triggerGracefulShutdown()
            await mockGroup.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        try await client.shutdown()
    }

    /// A POST with a JSON body.
    package func post(_ url: String, body: String, headers: [(String, String)] = []) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(string: body))
        return request
    }

    /// Sends a request and collects the whole response.
    package func fetch(_ request: HTTPClientRequest) async throws -> (status: Int, headers: HTTPHeaders, body: [UInt8]) {
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 64 << 20)
        return (Int(response.status.code), response.headers, Array(body.readableBytesView))
    }

    /// The admin status document, once it lists at least `calls` recent calls.
    package func status(waitingFor calls: Int) async throws -> JSONValue {
        for _ in 0..<200 {
            let (_, _, body) = try await fetch(HTTPClientRequest(url: adminBase + "/v1/status"))
            let json = try JSONParser.parse(body)
            if (json["recent_calls"]?.arrayValue?.count ?? 0) >= calls { return json }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw HarnessError(message: "status never listed \(calls) calls")
    }

    /// The newest recent call in `/v1/status`.
    package func lastCall(count: Int) async throws -> JSONValue {
        let status = try await status(waitingFor: count)
        guard let last = status["recent_calls"]?.arrayValue?.last else { throw HarnessError(message: "no calls") }
        return last
    }
}

package struct HarnessError: Error, CustomStringConvertible {
    package var message: String
    package var description: String { message }
    package init(message: String) { self.message = message }
}

/// A port published by a server callback.
package final class PortStream: Sendable {
    private let stream: AsyncStream<Int>
    private let continuation: AsyncStream<Int>.Continuation

    package init() {
        (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
    }

    package func set(_ port: Int) { continuation.yield(port) }

    package func wait() async -> Int {
        for await port in stream { return port }
        return 0
    }
}

/// Everything logged during a test, for credential-leak checks.
package final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])
    package func append(_ line: String) { lines.withLock { $0.append(line) } }
    package var all: [String] { lines.withLock { $0 } }
}

package struct CapturingLogHandler: LogHandler {
    package let capture: LogCapture
    package var logLevel: Logger.Level = .trace
    package var metadata: Logger.Metadata = [:]

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        capture.append("\(event.level) \(event.message) \(merged)")
    }
}
