package import AsyncHTTPClient
import FoundationEssentials
import GeminiWire
#if canImport(Glibc)
import Glibc
#endif
import Interception
import InterceptionTLS
package import JSON
import LocalFiles
package import Logging
package import MockGemini
package import NIOHTTP1
package import NIOCore
import NIOSSL
package import ProxyConfig
import ProxyServer
import ServiceLifecycle

/// Runs mock-gemini's TLS face and the proxy's interception listener in process, on ephemeral
/// 127.0.0.1 ports, with a client that reaches the Google host names at the listener and trusts
/// the pod CA (from the bundle the proxy wrote), as an app in a pod does.
package struct InterceptionHarness {
    package var interceptionPort: Int
    package var trafficPort: Int
    package var mockTLSPort: Int
    package var adminPort: Int
    package var client: HTTPClient
    package var logs: LogCapture

    /// `https://host:port` of the listener, for a Google host name.
    package func base(_ host: String = "us-central1-aiplatform.googleapis.com") -> String {
        "https://\(host):\(interceptionPort)"
    }

    /// Starts both, runs `body`, then shuts down.
    package static func run(
        behavior: MockBehavior = MockBehavior(),
        guards: Bool = false,
        configure: (inout ProxyConfiguration, _ mockTLSPort: Int) -> Void = { _, _ in },
        _ body: (InterceptionHarness) async throws -> Void
    ) async throws {
        let directory = try TemporaryDirectory()
        let logs = LogCapture()
        let logger = Logger(label: "test") { _ in CapturingLogHandler(capture: logs) }
        let quiet = Logger(label: "mock", factory: { _ in SwiftLogNoOpLogHandler() })
        let mockAuthority = try PodCertificateAuthority(hosts: .default, now: .now)
        try AtomicFile.write(Array(mockAuthority.certificatePEM.utf8), to: directory.path + "/mock-ca.pem")
        let mockPort = PortStream()
        let mock = try MockGeminiServer.makeTLSApplication(
            host: "127.0.0.1", port: 0, responder: MockGeminiResponder(catalog: .onlineBoutique, behavior: behavior),
            certificates: try SNICertificates(authority: mockAuthority, defaultHost: "aiplatform.googleapis.com"), logger: quiet
        ) { port in mockPort.set(port) }
        let mockGroup = ServiceGroup(services: [mock], logger: quiet)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await mockGroup.run() }
            let port = await mockPort.wait()
            var configuration = ProxyConfiguration.default
            configuration.listen = try ListenAddress(parsing: "127.0.0.1:0")
            configuration.admin.listen = try ListenAddress(parsing: "127.0.0.1:0")
            configuration.interception = InterceptionConfiguration(
                listen: try ListenAddress(parsing: "127.0.0.1:0"), caBundlePath: directory.path + "/bundle.pem",
                systemRootsFile: directory.path + "/no-system-roots", upstreamPort: port,
                upstreamCAFile: directory.path + "/mock-ca.pem"
            )
            configure(&configuration, port)
            // The real hosts resolve to the mock; /etc/hosts is never asked.
            let setup = try InterceptionSetup.prepare(configuration.interception, logger: logger) { _ in ["127.0.0.1"] }
            let proxy = OutriggerProxy(
                configuration: configuration, logger: logger,
                injectionAssessor: guards ? GuardScoring.assessor(for: configuration.guards) : nil, interception: setup
            )
            let proxyGroup = ServiceGroup(configuration: .init(services: proxy.services.map { .init(service: $0) }, logger: logger))
            tasks.addTask { try await proxyGroup.run() }
            let ports = await proxy.ports.wait()
            let listener = await proxy.ports.waitForInterception()
            let client = try makeClient(trusting: directory.path + "/bundle.pem")
            let harness = InterceptionHarness(
                interceptionPort: listener, trafficPort: ports.traffic, mockTLSPort: port, adminPort: ports.admin, client: client, logs: logs
            )
            var failure: (any Error)?
            do { try await body(harness) } catch { failure = error }
            try? await client.shutdown()
            await proxyGroup.triggerGracefulShutdown()
            await mockGroup.triggerGracefulShutdown()
            if let failure { throw failure }
            try await tasks.waitForAll()
        }
    }

    /// A client for which every Google host is 127.0.0.1, trusting only the pod CA bundle.
    private static func makeClient(trusting bundle: String) throws -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .file(bundle)
        configuration.tlsConfiguration = tls
        // One handshake per attempt, so refusals can be counted.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.dnsOverride = Dictionary(uniqueKeysWithValues: InterceptedHosts.default.names.map { ($0, "127.0.0.1") })
        configuration.dnsOverride["evil.example.com"] = "127.0.0.1"
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// A gRPC call: one framed message, then the whole answer with its trailers.
    package func grpc(
        _ method: String, message: [UInt8], host: String = "us-central1-aiplatform.googleapis.com",
        headers: [(String, String)] = [], rawBody: [UInt8]? = nil
    ) async throws -> GRPCExchange {
        var request = HTTPClientRequest(url: base(host) + method)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/grpc")
        request.headers.add(name: "te", value: "trailers")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: rawBody ?? GRPCMessageFramer.frame(message)))
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 64 << 20)
        return GRPCExchange(
            httpStatus: Int(response.status.code), headers: response.headers, body: Array(body.readableBytesView),
            trailers: response.body.trailers ?? [:]
        )
    }

    /// The whole `/v1/status` document.
    package func status() async throws -> JSONValue {
        let plain = HTTPClient(eventLoopGroupProvider: .singleton)
        defer { Task { try? await plain.shutdown() } }
        let response = try await plain.execute(HTTPClientRequest(url: "http://127.0.0.1:\(adminPort)/v1/status"), timeout: .seconds(5))
        return try JSONParser.parse(Array(try await response.body.collect(upTo: 16 << 20).readableBytesView))
    }

    /// The newest recent call in `/v1/status`, once at least `count` are listed.
    package func lastCall(count: Int) async throws -> JSONValue {
        let plain = HTTPClient(eventLoopGroupProvider: .singleton)
        defer { Task { try? await plain.shutdown() } }
        for _ in 0..<300 {
            let response = try await plain.execute(HTTPClientRequest(url: "http://127.0.0.1:\(adminPort)/v1/status"), timeout: .seconds(5))
            let json = try JSONParser.parse(Array(try await response.body.collect(upTo: 16 << 20).readableBytesView))
            if let calls = json["recent_calls"]?.arrayValue, calls.count >= count, let last = calls.last { return last }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw HarnessError(message: "status never listed \(count) calls")
    }
}

/// What a gRPC call got back.
package struct GRPCExchange: Sendable {
    package var httpStatus: Int
    package var headers: HTTPHeaders
    package var body: [UInt8]
    package var trailers: HTTPHeaders

    /// `grpc-status` from the trailers (or the headers, for a trailers-only answer).
    package var status: Int? { (trailers.first(name: "grpc-status") ?? headers.first(name: "grpc-status")).flatMap { Int($0) } }
    package var message: String? { trailers.first(name: "grpc-message") }
}

/// A directory under the system's temporary folder, removed at deinit.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        path = base + "/outrigger-test-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        guard mkdir(path, 0o700) == 0 else { throw HarnessError(message: "could not create \(path)") }
    }

    deinit {
        for name in ["mock-ca.pem", "bundle.pem"] { unlink(path + "/" + name) }
        rmdir(path)
    }
}
