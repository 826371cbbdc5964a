import GeminiWire
import HTTPTypes
import JSON
package import Logging
package import Hummingbird
import NIOCore
import NIOPosix
import Synchronization

/// A stand-in for the node's Datadog Agent for local runs (`outrigger demo`): it receives
/// DogStatsD datagrams on UDP, and `/v0.4/traces` payloads and LLM Observability EVP requests
/// over HTTP, and counts what arrived. It checks little; Datadog's own test agent does that in
/// the tests.
package final class MockDatadogAgent: Sendable {
    /// What arrived so far.
    package struct Summary: Sendable {
        /// DogStatsD metric lines by metric name (events and service checks by their kind).
        package var linesByName: [String: Int] = [:]
        package var datagrams = 0
        package var tracePayloads = 0
        /// Sum of `X-Datadog-Trace-Count` over payloads (one chunk per call).
        package var traceChunks = 0
        /// LLM Observability EVP requests and the spans in them.
        package var llmobsPayloads = 0
        package var llmobsSpans = 0
        package var evaluations = 0
        /// Requests whose `X-Datadog-EVP-Subdomain` was missing or wrong, or whose body was not a JSON array.
        package var llmobsRejected = 0
        /// The first LLM Observability span received, as JSON text.
        package var sampleSpan: String?
    }

    private let state = Mutex(Summary())
    private let channel: any Channel

    private init(channel: any Channel) {
        self.channel = channel
    }

    /// The UDP port DogStatsD datagrams go to.
    package var statsdPort: Int { channel.localAddress?.port ?? 0 }

    package var summary: Summary { state.withLock { $0 } }

    /// Binds the DogStatsD socket on 127.0.0.1.
    package static func start() async throws -> MockDatadogAgent {
        let boxRef = Box()
        let channel = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Receiver(box: boxRef)) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let agent = MockDatadogAgent(channel: channel)
        boxRef.agent.withLock { $0 = agent }
        return agent
    }

    /// The HTTP side: accepts `/v0.4/traces` (and answers with an empty `rate_by_service`).
    package func makeTraceApplication(logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        let router = Router()
        let record: @Sendable (Int) -> Void = { chunks in
            self.state.withLock {
                $0.tracePayloads += 1
                $0.traceChunks += chunks
            }
        }
        router.on("/v0.4/traces", method: .put) { request, _ in
            _ = try await request.body.collect(upTo: 32 << 20)
            record(Int(request.headers[HTTPField.Name("X-Datadog-Trace-Count")!] ?? "0") ?? 0)
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: #"{"rate_by_service":{"service:,env:":1}}"#)))
        }
        router.on("/evp_proxy/v2/api/v2/llmobs", method: .post) { request, _ in
            let body = try await request.body.collect(upTo: 6 << 20)
            let subdomain = request.headers[HTTPField.Name("X-Datadog-EVP-Subdomain")!]
            self.receiveLLMObs(Array(body.readableBytesView), subdomainOK: subdomain == "llmobs-intake")
            return Response(status: subdomain == "llmobs-intake" ? .ok : .badGateway)
        }
        router.on("/evp_proxy/v2/api/intake/llm-obs/v2/eval-metric", method: .post) { request, _ in
            let body = try await request.body.collect(upTo: 6 << 20)
            let metrics = (try? JSONParser.parse(Array(body.readableBytesView)))?["data"]?["attributes"]?["metrics"]?.arrayValue
            self.state.withLock { $0.evaluations += metrics?.count ?? 0 }
            return Response(status: .ok)
        }
        return Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }, logger: logger
        )
    }

    package func stop() async {
        try? await channel.close()
    }

    private func receiveLLMObs(_ body: [UInt8], subdomainOK: Bool) {
        let envelopes = (try? JSONParser.parse(body))?.arrayValue
        state.withLock { summary in
            summary.llmobsPayloads += 1
            guard subdomainOK, let envelopes else {
                summary.llmobsRejected += 1
                return
            }
            for envelope in envelopes {
                let spans = envelope["spans"]?.arrayValue ?? []
                summary.llmobsSpans += spans.count
                if summary.sampleSpan == nil, let first = spans.first { summary.sampleSpan = first.compactText }
            }
        }
    }

    fileprivate func receive(_ datagram: String) {
        state.withLock { summary in
            summary.datagrams += 1
            for line in datagram.split(separator: "\n") {
                let name: Substring
                if line.hasPrefix("_sc|") {
                    name = "service check " + (line.split(separator: "|").dropFirst().first ?? "")
                } else if line.hasPrefix("_e{") {
                    name = "event"
                } else {
                    name = line.prefix { $0 != ":" }
                }
                summary.linesByName[String(name), default: 0] += 1
            }
        }
    }

    private final class Box: Sendable {
        let agent = Mutex<MockDatadogAgent?>(nil)
    }

    private final class Receiver: ChannelInboundHandler, Sendable {
        typealias InboundIn = AddressedEnvelope<ByteBuffer>
        let box: Box
        init(box: Box) { self.box = box }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let text = String(buffer: unwrapInboundIn(data).data)
            box.agent.withLock { $0?.receive(text) }
        }
    }
}
