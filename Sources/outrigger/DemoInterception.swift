import AsyncHTTPClient
import FoundationEssentials
import GeminiWire
import Hummingbird
import Interception
import InterceptionTLS
import LocalFiles
import Logging
import MockGemini
import NIOCore
import NIOHTTP1
import NIOSSL
import ProxyConfig
import ProxyCore
import ProxyServer

/// The demo's transparent mode: mock-gemini's TLS face stands in for Google's hosts, the proxy
/// intercepts on a local port with its own pod CA, and a client that trusts that CA makes
/// gRPC calls to `us-central1-aiplatform.googleapis.com` as an unchanged app would.
struct DemoInterception {
    let directory: String
    let mockTLS: Application<MockGeminiResponder>
    let mockTLSPort: PortBox

    init(logger: Logger) throws {
        directory = (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/outrigger-demo-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let authority = try PodCertificateAuthority(hosts: .default, now: .now)
        try AtomicFile.write(Array(authority.certificatePEM.utf8), to: directory + "/mock-ca.pem")
        let port = PortBox()
        mockTLSPort = port
        mockTLS = try MockGeminiServer.makeTLSApplication(
            host: "127.0.0.1", port: 0, responder: MockGeminiResponder(catalog: .onlineBoutique, behavior: MockBehavior()),
            certificates: try SNICertificates(authority: authority, defaultHost: "aiplatform.googleapis.com"), logger: logger
        ) { bound in port.set(bound) }
    }

    /// The `tls` section: listen on a free local port, forward to the mock's TLS face.
    func configuration(mockPort: Int) throws -> InterceptionConfiguration {
        InterceptionConfiguration(
            listen: try ListenAddress(parsing: "127.0.0.1:0"), caBundlePath: directory + "/ca-bundle.pem",
            upstreamPort: mockPort, upstreamCAFile: directory + "/mock-ca.pem"
        )
    }

    /// Two Vertex gRPC calls (unary and streamed) through the interception listener.
    func send(port: Int) async {
        var configuration = HTTPClient.Configuration()
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .file(directory + "/ca-bundle.pem")
        configuration.tlsConfiguration = tls
        configuration.dnsOverride = ["us-central1-aiplatform.googleapis.com": "127.0.0.1"]
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let model = "projects/v-commerce/locations/us-central1/publishers/google/models/gemini-2.0-flash-001"
        let message = GRPCMessageEncoder.generateContentRequest(
            dialect: .vertex, model: model, contents: [(role: "user", texts: ["Customer message: What goes with a picnic?"])]
        )
        for (label, method) in [("vertex gRPC unary", "GenerateContent"), ("vertex gRPC stream", "StreamGenerateContent")] {
            var request = HTTPClientRequest(
                url: "https://us-central1-aiplatform.googleapis.com:\(port)/google.cloud.aiplatform.v1.PredictionService/\(method)"
            )
            request.method = .POST
            request.headers.add(name: "content-type", value: "application/grpc")
            request.headers.add(name: "te", value: "trailers")
            request.headers.add(name: "x-mock-behavior", value: "ttfc=40ms,interval=10ms")
            request.body = .bytes(ByteBuffer(bytes: GRPCMessageFramer.frame(message)))
            let start = ContinuousClock.now
            do {
                let response = try await client.execute(request, timeout: .seconds(30))
                let body = try await response.body.collect(upTo: 16 << 20)
                let status = response.body.trailers?.first(name: "grpc-status") ?? "?"
                let ms = (ContinuousClock.now - start).components.attoseconds / 1_000_000_000_000_000
                    + (ContinuousClock.now - start).components.seconds * 1000
                printLine("  \(pad(label, 42)) \(response.status.code)  \(pad("\(body.readableBytes) B", 8)) \(ms) ms  grpc-status \(status)")
            } catch {
                printLine("  \(pad(label, 42)) failed: \(error)")
            }
        }
        try? await client.shutdown()
    }
}
