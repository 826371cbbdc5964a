import AsyncHTTPClient
import DatadogExport
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization
import Testing

/// The trace writer against a fake Agent that answers what the test wants: retries on 5xx/429,
/// gives up on 4xx, and keeps the Agent's sampling rates.
@Suite("TraceWriter against a fake agent", .timeLimit(.minutes(1)))
struct TraceWriterTests {
    final class FakeAgent: Sendable {
        let statuses: Mutex<[Int]>
        let received = Mutex<[(count: String?, contentType: String?, bytes: Int)]>([])
        init(statuses: [Int]) { self.statuses = Mutex(statuses) }

        func next() -> Int {
            statuses.withLock { $0.isEmpty ? 200 : $0.removeFirst() }
        }
    }

    static func span(_ id: UInt64) -> APMSpan {
        APMSpan(
            traceID: id, spanID: id, parentID: 0, name: "outrigger.request", resource: "generateContent m", service: "s",
            type: "llm", start: 1, duration: 2, error: false, meta: ["a": "b"], metrics: ["_dd.top_level": 1]
        )
    }

    static func withAgent(statuses: [Int], _ body: (FakeAgent, TraceWriter) async throws -> Void) async throws {
        let fake = FakeAgent(statuses: statuses)
        let router = Router()
        router.on("/v0.4/traces", method: .put) { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 1 << 20).readableBytes
            fake.received.withLock {
                $0.append((request.headers[HTTPField.Name("X-Datadog-Trace-Count")!], request.headers[.contentType], bytes))
            }
            let status = fake.next()
            return Response(status: .init(code: status), body: .init(byteBuffer: ByteBuffer(string: #"{"rate_by_service":{"service:s,env:e":0.25}}"#)))
        }
        let ports = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { ports.continuation.yield($0.localAddress?.port ?? 0) },
            logger: Logger(label: "agent", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let group = ServiceGroup(services: [app], logger: Logger(label: "agent", factory: { _ in SwiftLogNoOpLogHandler() }))
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var port = 0
            for await p in ports.stream { port = p; break }
            let writer = TraceWriter(
                configuration: .init(agentURL: "http://127.0.0.1:\(port)", service: "s", env: "e", flushInterval: .seconds(60)),
                client: client, logger: Logger(label: "w")
            )
            try await body(fake, writer)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        try await client.shutdown()
    }

    /// Runs the writer just long enough to ingest, then flushes explicitly.
    static func send(_ spans: [APMSpan], with writer: TraceWriter) async throws {
        let group = ServiceGroup(services: [writer], logger: Logger(label: "w", factory: { _ in SwiftLogNoOpLogHandler() }))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            for span in spans { writer.enqueue(span) }
            try await Task.sleep(for: .milliseconds(100))
            await group.triggerGracefulShutdown()  // the final flush sends everything pending
            try await tasks.waitForAll()
        }
    }

    /// Spans beyond `maxQueueBytes` are dropped and counted; what was sent frees its bytes.
    @Test func spansBeyondTheByteBoundAreDroppedAndCounted() async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let bound = 2 * Self.span(1).approximateBytes + 10
        let writer = TraceWriter(
            configuration: .init(agentURL: "http://127.0.0.1:9", service: "s", flushInterval: .seconds(60), maxQueueBytes: bound, maxAttempts: 1),
            client: client, logger: Logger(label: "w", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let group = ServiceGroup(services: [writer], logger: Logger(label: "w", factory: { _ in SwiftLogNoOpLogHandler() }))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            for id in 1...5 { writer.enqueue(Self.span(UInt64(id))) }
            #expect(writer.currentStats.droppedSpans == 3 && writer.currentStats.queued == 2)
            try await Task.sleep(for: .milliseconds(100))
            await writer.flush()  // the Agent is down: the two spans are dropped too, and their bytes freed
            #expect(writer.currentStats.droppedSpans == 5)
            for id in 6...7 { writer.enqueue(Self.span(UInt64(id))) }
            #expect(writer.currentStats.droppedSpans == 5, "after the flush, two spans fit again")
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        try await client.shutdown()
    }

    @Test func retriesOn503And429ThenSucceedsAndLearnsRates() async throws {
        try await Self.withAgent(statuses: [503, 429]) { fake, writer in
            try await Self.send([Self.span(1), Self.span(2)], with: writer)
            let received = fake.received.withLock { $0 }
            #expect(received.count == 3, "two retries, then accepted")
            #expect(received.allSatisfy { $0.count == "2" && $0.contentType == "application/msgpack" && $0.bytes > 0 })
            #expect(writer.currentStats.sentSpans == 2)
            #expect(writer.currentStats.droppedSpans == 0)
            #expect(writer.sampler.rate(service: "s", env: "e") == 0.25)
        }
    }

    @Test func givesUpAfterMaxAttemptsAndCountsTheDrop() async throws {
        try await Self.withAgent(statuses: [500, 500, 500, 500]) { fake, writer in
            try await Self.send([Self.span(1)], with: writer)
            #expect(fake.received.withLock { $0.count } == 3)
            #expect(writer.currentStats.droppedSpans == 1)
            #expect(writer.currentStats.failedPayloads == 1)
            #expect(writer.currentStats.lastError?.contains("500") == true)
        }
    }

    @Test func doesNotRetryARejectedPayload() async throws {
        try await Self.withAgent(statuses: [400]) { fake, writer in
            try await Self.send([Self.span(1)], with: writer)
            #expect(fake.received.withLock { $0.count } == 1)
            #expect(writer.currentStats.droppedSpans == 1)
        }
    }
}
