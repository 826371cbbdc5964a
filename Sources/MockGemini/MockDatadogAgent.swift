import HTTPTypes
package import Logging
package import Hummingbird
import NIOCore
import NIOPosix
import Synchronization

/// A stand-in for the node's Datadog Agent for local runs (`outrigger demo`): it receives
/// DogStatsD datagrams on UDP and `/v0.4/traces` payloads over HTTP, and counts what arrived.
/// It checks nothing; Datadog's own test agent does that in the tests.
package final class MockDatadogAgent: Sendable {
    /// What arrived so far.
    package struct Summary: Sendable {
        /// DogStatsD metric lines by metric name (events and service checks by their kind).
        package var linesByName: [String: Int] = [:]
        package var datagrams = 0
        package var tracePayloads = 0
        /// Sum of `X-Datadog-Trace-Count` over payloads (one chunk per call).
        package var traceChunks = 0
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
        return Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }, logger: logger
        )
    }

    package func stop() async {
        try? await channel.close()
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
