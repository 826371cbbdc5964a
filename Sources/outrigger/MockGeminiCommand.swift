import ArgumentParser
import FoundationEssentials
import Logging
import Hummingbird
import Interception
import InterceptionTLS
import LocalFiles
import MockGemini
import ProxyConfig
import ServiceLifecycle
import UnixSignals

/// `outrigger mock-gemini`: a deterministic Gemini stand-in for tests, demos and benchmarks.
struct MockGeminiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mock-gemini",
        abstract: "Serve a deterministic mock of the Gemini and Vertex AI routes.",
        discussion: """
            Every knob can also be set per request with the header \
            `x-mock-behavior: latency=50ms, ttfc=100ms, chunks=8, interval=20ms, error_rate=0.1, \
            error_status=429, midstream_error=0.5, hallucination_rate=0.2, long=true`.
            """
    )

    @Option(help: "Listen address, host:port (port 0 picks a free port).")
    var listen = "127.0.0.1:8089"

    @Option(help: "Catalog in Online Boutique products.json format (default: the embedded catalog).")
    var catalog: String?

    @Option(help: "Seed mixed into fault decisions.")
    var seed: UInt64 = 0

    @Option(help: "Delay before the response head, e.g. 50ms.")
    var latency: String?

    @Option(help: "Delay before the first stream chunk, e.g. 200ms.")
    var ttfc: String?

    @Option(help: "Chunks per streamed answer.")
    var chunks: Int?

    @Option(help: "Delay between stream chunks, e.g. 20ms.")
    var interval: String?

    @Option(name: .customLong("error-rate"), help: "Fraction of calls answered with an error status (0…1).")
    var errorRate: Double?

    @Option(name: .customLong("error-status"), help: "Error status: 429, 500, 503, or 0 for a mix.")
    var errorStatus: Int?

    @Option(name: .customLong("midstream-error-rate"), help: "Fraction of streams that end with an error object (0…1).")
    var midstreamErrorRate: Double?

    @Option(name: .customLong("hallucination-rate"), help: "Fraction of answers citing a product ID not in the catalog (0…1).")
    var hallucinationRate: Double?

    @Flag(help: "Answer at length.")
    var long = false

    @Option(
        name: .customLong("tls-listen"),
        help: "Also serve REST and gRPC over TLS (HTTP/1.1 and HTTP/2) here, as the Google hosts do, host:port."
    )
    var tlsListen: String?

    @Option(name: .customLong("tls-ca-out"), help: "Write the CA that signs the TLS face's certificates here (PEM).")
    var tlsCAOut: String?

    func run() async throws {
        let address = try ConfigLoading.listenAddress(listen, flag: "--listen")
        let behavior = try makeBehavior()
        let products = try loadCatalog()
        let logger = LoggingSetup.bootstrap(.default, label: "mock-gemini")
        let responder = MockGeminiResponder(catalog: products, behavior: behavior, seed: seed)
        let app = MockGeminiServer.makeApplication(
            host: address.host, port: address.port,
            responder: responder, logger: logger
        ) { port in
            printLine("mock-gemini listening on http://\(address.host):\(port)")
        }
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: app)]
        if let tlsListen {
            services.append(.init(service: try makeTLSFace(tlsListen, responder: responder, logger: logger)))
        }
        let group = ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        )
        try await group.run()
    }

    /// The TLS face: certificates for the Google hosts from a CA made now, written to `--tls-ca-out`.
    func makeTLSFace(_ listen: String, responder: MockGeminiResponder, logger: Logger) throws -> Application<MockGeminiResponder> {
        let address = try ConfigLoading.listenAddress(listen, flag: "--tls-listen")
        let authority = try PodCertificateAuthority(hosts: .default, now: .now)
        if let tlsCAOut { try AtomicFile.write(Array(authority.certificatePEM.utf8), to: tlsCAOut) }
        let certificates = try SNICertificates(authority: authority, defaultHost: "aiplatform.googleapis.com")
        return try MockGeminiServer.makeTLSApplication(
            host: address.host, port: address.port, responder: responder, certificates: certificates, logger: logger
        ) { port in
            printLine("mock-gemini TLS listening on \(address.host):\(port)")
        }
    }

    func makeBehavior() throws -> MockBehavior {
        var spec: [String] = []
        if let latency { spec.append("latency=\(latency)") }
        if let ttfc { spec.append("ttfc=\(ttfc)") }
        if let chunks { spec.append("chunks=\(chunks)") }
        if let interval { spec.append("interval=\(interval)") }
        if let errorRate { spec.append("error_rate=\(errorRate)") }
        if let errorStatus { spec.append("error_status=\(errorStatus)") }
        if let midstreamErrorRate { spec.append("midstream_error=\(midstreamErrorRate)") }
        if let hallucinationRate { spec.append("hallucination_rate=\(hallucinationRate)") }
        if long { spec.append("long=true") }
        do {
            return try MockBehavior().applying(spec.joined(separator: ","))
        } catch {
            throw ValidationError(error.description)
        }
    }

    func loadCatalog() throws -> MockCatalog {
        guard let catalog else { return .onlineBoutique }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: catalog))
            return try MockCatalog(json: String(decoding: data, as: UTF8.self))
        } catch {
            throw ValidationError("--catalog \(catalog): \(error)")
        }
    }
}
