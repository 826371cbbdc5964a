import ArgumentParser
import AsyncHTTPClient
import DatadogExport
import FoundationEssentials
import Logging
import MockGemini
import NIOCore
import ProxyConfig
import ProxyServer
import ServiceLifecycle
import UnixSignals

/// `outrigger demo`: mock-gemini and the proxy on free local ports, a burst of realistic shop
/// traffic through the proxy, and a summary. No credentials, no network.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run mock-gemini and the proxy locally, send chat traffic through it, and summarise."
    )

    @Option(help: "Number of calls to send.")
    var calls = 24

    @Flag(
        name: [.customLong("keep"), .customLong("keep-running")],
        help: "Keep the servers up after the burst, until Ctrl-C, and print the console URL."
    )
    var keepRunning = false

    @Option(
        name: .customLong("test-agent"),
        help: "Send traces and LLM Observability spans to Datadog's test agent: auto (if ddapm-test-agent is installed) or off."
    )
    var testAgent = "auto"

    @Option(help: "Log level for the servers (warning keeps the output readable).")
    var logLevel = "warning"

    func run() async throws {
        var configuration = ProxyConfiguration.default
        configuration.listen = try ListenAddress(parsing: "127.0.0.1:0")
        configuration.admin.listen = try ListenAddress(parsing: "127.0.0.1:0")
        // Evaluate the detection rules every second, so the summary can show their signals.
        configuration.rules.evaluationInterval = .seconds(1)
        var logging = configuration.logging
        logging.level = try LogLevelParsing.parse(logLevel)
        let logger = LoggingSetup.bootstrap(logging, label: "outrigger-demo")

        let mockPort = PortBox()
        let mock = MockGeminiServer.makeApplication(
            host: "127.0.0.1", port: 0,
            responder: MockGeminiResponder(catalog: .onlineBoutique, behavior: MockBehavior()), logger: logger
        ) { port in mockPort.set(port) }
        // A local stand-in for the Datadog Agent, so the demo shows the telemetry it sends; Datadog's
        // own test agent takes the traces and LLM Observability spans when it is installed.
        let agent = try await MockDatadogAgent.start()
        let agentPort = PortBox()
        let agentApp = agent.makeTraceApplication(logger: logger) { port in agentPort.set(port) }
        let agentClient = HTTPClient(eventLoopGroupProvider: .singleton)
        var realAgent: LocalTestAgent?
        if testAgent != "off", let binary = LocalTestAgent.find() {
            do {
                realAgent = try await LocalTestAgent.start(binary: binary, client: agentClient)
            } catch {
                printLine("Datadog's test agent was found but did not start (\(error)); using the local stand-in.")
            }
        }
        let interception = try DemoInterception(logger: logger)
        // The proxy is assembled once the mock's port is known, so run the mock first.
        let mockGroup = ServiceGroup(
            configuration: .init(
                services: [.init(service: mock), .init(service: interception.mockTLS), .init(service: agentApp)], logger: logger
            )
        )
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await mockGroup.run() }
            let upstreamPort = await mockPort.wait()
            let tracePort = await agentPort.wait()
            let agentURL = realAgent?.url ?? "http://127.0.0.1:\(tracePort)"
            configuration.upstream.overrideAll(with: "http://127.0.0.1:\(upstreamPort)")
            configuration.interception = try interception.configuration(mockPort: await interception.mockTLSPort.wait())
            // The Google hosts resolve to the mock's TLS face here; in a pod, to Google.
            let setup = try InterceptionSetup.prepare(configuration.interception, logger: logger) { _ in ["127.0.0.1"] }
            let proxy = OutriggerProxy(
                configuration: configuration, logger: logger,
                dogStatsD: DogStatsDConfiguration(
                    endpoint: .udp(host: "127.0.0.1", port: agent.statsdPort), globalTags: ["env:demo", "service:outrigger-demo"],
                    flushInterval: .milliseconds(200)
                ),
                traces: TraceWriterConfiguration(
                    agentURL: agentURL, service: "outrigger-demo", env: "demo", flushInterval: .milliseconds(200)
                ),
                llmObs: LLMObsWriterConfiguration(agentURL: agentURL, mlApp: "v-commerce-demo", flushInterval: .milliseconds(200)),
                injectionAssessor: GuardScoring.assessor(for: configuration.guards),
                interception: setup
            )
            let proxyGroup = ServiceGroup(
                configuration: .init(
                    services: proxy.services.map { .init(service: $0) },
                    gracefulShutdownSignals: keepRunning ? [.sigint, .sigterm] : [], logger: logger
                )
            )
            tasks.addTask { try await proxyGroup.run() }
            let ports = await proxy.ports.wait()
            printLine("Outrigger demo")
            printLine("  mock-gemini  http://127.0.0.1:\(upstreamPort)")
            printLine("  proxy        http://127.0.0.1:\(ports.traffic)")
            let interceptionPort = await proxy.ports.waitForInterception()
            printLine("  interception https://127.0.0.1:\(interceptionPort)  (TLS for the Google hosts: REST and gRPC, no base URL)")
            printLine("  admin        http://127.0.0.1:\(ports.admin)  (/healthz, /readyz, /v1/status)")
            printLine("  console      http://127.0.0.1:\(ports.admin)/")
            printLine("  dogstatsd    udp://127.0.0.1:\(agent.statsdPort): a local stand-in for the Agent")
            if let realAgent {
                printLine("  trace agent  \(realAgent.url): Datadog's test agent (ddapm-test-agent), with its checks on")
            } else {
                printLine("  trace agent  \(agentURL): a local stand-in (install ddapm-test-agent to validate with Datadog's own)")
            }
            printLine("")
            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            let traffic = DemoTraffic(client: client, proxyPort: ports.traffic)
            await traffic.send(count: calls)
            await interception.send(port: interceptionPort)
            let status = try await traffic.status(adminPort: ports.admin)
            let signals = try? await DemoSignals.fetch(client: client, adminPort: ports.admin)
            try await client.shutdown()
            printLine("")
            printLine(DemoSummary.render(status))
            if let signals { printLine(signals.render()) }
            if keepRunning {
                printLine(DemoSummary.keepRunningHint(trafficPort: ports.traffic, adminPort: ports.admin))
            } else {
                await proxyGroup.triggerGracefulShutdown()
            }
            // The proxy group ends first (on SIGINT or SIGTERM with --keep); its exporters flush
            // before we read what the agent stand-in received.
            _ = try await tasks.next()
            printLine("")
            printLine(DemoSummary.renderTelemetry(agent.summary, llmObsToStandIn: realAgent == nil))
            if let realAgent {
                printLine(DemoSummary.renderTestAgent(await realAgent.received(client: agentClient)))
                await realAgent.process.stop()
            }
            await mockGroup.triggerGracefulShutdown()
            await agent.stop()
            try await tasks.waitForAll()
        }
        try await agentClient.shutdown()
    }
}

/// A port published by a server callback, awaited by the demo.
final class PortBox: Sendable {
    private let stream: AsyncStream<Int>
    private let continuation: AsyncStream<Int>.Continuation

    init() {
        (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
    }

    func set(_ port: Int) {
        continuation.yield(port)
    }

    func wait() async -> Int {
        for await port in stream { return port }
        return 0
    }
}

/// Parses a log level name for flags.
enum LogLevelParsing {
    static func parse(_ name: String) throws -> LogLevel {
        guard let level = LogLevel(rawValue: name) else {
            throw ValidationError("unknown log level '\(name)'; use trace, debug, info, notice, warning, error or critical")
        }
        return level
    }
}
