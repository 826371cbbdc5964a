package import AsyncHTTPClient
package import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle
import Synchronization

/// Sends LLM Observability spans and evaluation metrics through the Agent's EVP proxy, as JSON,
/// batched every `flushInterval` into requests of at most `maxPayloadBytes`, with bounded retries
/// and a bounded queue. Spans are encoded when enqueued (off the request path, on the call
/// processor's task), so the queue holds bytes and its memory bound is plain.
package final class LLMObsWriter: Service, Sendable {
    package struct Stats: Sendable, Equatable {
        package var queued = 0
        package var sentSpans = 0
        package var sentEvaluations = 0
        package var droppedSpans = 0
        package var droppedEvaluations = 0
        /// Spans whose input and output were dropped for the event size limit (they were still sent).
        package var truncatedSpans = 0
        package var failedPayloads = 0
        package var lastError: String?
    }

    enum Item: Sendable {
        case span([UInt8])
        case evaluation(String)
    }

    package let configuration: LLMObsWriterConfiguration
    private let poster: AgentPoster
    private let logger: Logger
    private let intake: ExportLoop<Item>
    private let pending = Mutex<(spans: [[UInt8]], evaluations: [String])>(([], []))
    private let stats = Mutex(Stats())

    package init(configuration: LLMObsWriterConfiguration, client: HTTPClient, logger: Logger) {
        self.configuration = configuration
        var logger = logger
        logger[metadataKey: "component"] = "llmobs-writer"
        self.logger = logger
        poster = AgentPoster(client: client, logger: logger)
        intake = ExportLoop(capacity: configuration.queueCapacity, maxBytes: configuration.maxQueueBytes, timer: client.eventLoopGroup)
        intake.setIngest { [weak self] item in self?.ingest(item) }
    }

    /// Current counters; `queued` is events offered and not yet sent.
    package var currentStats: Stats {
        var current = stats.withLock { $0 }
        current.queued = intake.depth + pending.withLock { $0.spans.count + $0.evaluations.count }
        return current
    }

    /// Encodes and enqueues a span; never waits.
    package func enqueue(_ span: LLMObsSpan) {
        let (encoded, dropped) = span.encodeEnvelope(tracerVersion: OutriggerVersion.current, maxBytes: configuration.maxEventBytes)
        let bytes = Self.tight(encoded)
        if dropped { stats.withLock { $0.truncatedSpans += 1 } }
        if bytes.count > configuration.maxEventBytes || !intake.offer(.span(bytes), bytes: bytes.count) {
            stats.withLock { $0.droppedSpans += 1 }
        }
    }

    /// The bytes in storage of their own size when the encoder left much spare capacity (it
    /// grows by doubling), so the queue holds about what its bound counts.
    static func tight(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.capacity > bytes.count + bytes.count / 4 + 64 else { return bytes }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            initialized = bytes.withUnsafeBufferPointer { buffer.initialize(from: $0).1 }
        }
    }

    /// Enqueues an evaluation metric; never waits.
    package func enqueue(_ evaluation: LLMObsEvaluation) {
        let json = evaluation.metricJSON
        if !intake.offer(.evaluation(json), bytes: json.utf8.count) {
            stats.withLock { $0.droppedEvaluations += 1 }
        }
    }

    package func run() async throws {
        await intake.run(interval: configuration.flushInterval, flush: { await self.flush() })
    }

    /// Moves an event from the intake to the next payload, or drops it (counted) when that is full.
    private func ingest(_ item: Item) {
        let accepted = pending.withLock { pending -> Bool in
            switch item {
            case .span(let bytes):
                guard pending.spans.count < configuration.queueCapacity else { return false }
                pending.spans.append(bytes)
            case .evaluation(let json):
                guard pending.evaluations.count < configuration.queueCapacity else { return false }
                pending.evaluations.append(json)
            }
            return true
        }
        guard !accepted else { return }
        switch item {
        case .span(let bytes): intake.release(bytes.count)
        case .evaluation(let json): intake.release(json.utf8.count)
        }
        stats.withLock {
            if case .span = item { $0.droppedSpans += 1 } else { $0.droppedEvaluations += 1 }
        }
    }

    /// Sends everything pending: spans as JSON arrays of envelopes, evaluations in one body per batch,
    /// each request within `maxPayloadBytes`.
    package func flush() async {
        intake.drain()
        var (spans, evaluations) = pending.withLock { pending in
            defer { pending = ([], []) }
            return pending
        }
        let heldBytes = spans.reduce(0) { $0 + $1.count } + evaluations.reduce(0) { $0 + $1.utf8.count }
        defer { intake.release(heldBytes) }
        let sizes = spans.map(\.count)
        for batch in Self.batches(sizes, limit: configuration.maxPayloadBytes - 2) {
            var body = ByteBuffer()
            body.reserveCapacity(batch.bytes + 2)
            body.writeInteger(UInt8(ascii: "["))
            for (offset, index) in batch.indices.enumerated() {
                if offset > 0 { body.writeInteger(UInt8(ascii: ",")) }
                body.writeBytes(spans[index])
                // The payload holds the span now; keeping both would double what the queue bound counts.
                spans[index] = []
            }
            body.writeInteger(UInt8(ascii: "]"))
            let sent = await post(body, path: LLMObsWriterConfiguration.spansPath, subdomain: LLMObsWriterConfiguration.spansSubdomain)
            stats.withLock { sent ? ($0.sentSpans += batch.indices.count) : ($0.droppedSpans += batch.indices.count) }
        }
        let overhead = LLMObsEvaluation.body(metrics: []).utf8.count
        for batch in Self.batches(evaluations.map(\.utf8.count), limit: configuration.maxPayloadBytes - overhead) {
            let body = LLMObsEvaluation.body(metrics: batch.indices.map { evaluations[$0] })
            let sent = await post(
                ByteBuffer(string: body), path: LLMObsWriterConfiguration.evaluationsPath,
                subdomain: LLMObsWriterConfiguration.evaluationsSubdomain
            )
            stats.withLock { sent ? ($0.sentEvaluations += batch.indices.count) : ($0.droppedEvaluations += batch.indices.count) }
        }
    }

    private func post(_ body: ByteBuffer, path: String, subdomain: String) async -> Bool {
        let outcome = await poster.send(
            url: configuration.agentURL + path, method: .POST,
            headers: [
                ("Content-Type", "application/json"),
                ("X-Datadog-EVP-Subdomain", subdomain),
                ("Datadog-Meta-Lang", "swift"),
                ("Datadog-Meta-Tracer-Version", OutriggerVersion.current),
            ],
            body: body, maxAttempts: configuration.maxAttempts
        )
        guard case .failed(let reason) = outcome else { return true }
        stats.withLock {
            $0.failedPayloads += 1
            $0.lastError = reason
        }
        logger.debug("LLM Observability payload dropped", metadata: ["reason": .string(reason), "path": .string(path)])
        return false
    }

    /// Groups items (by size) in order into batches whose sizes plus separators stay within `limit`.
    /// An item larger than `limit` on its own gets a batch of its own (the caller keeps items smaller).
    static func batches(_ sizes: [Int], limit: Int) -> [(indices: [Int], bytes: Int)] {
        var result: [(indices: [Int], bytes: Int)] = []
        var current: [Int] = []
        var bytes = 0
        for (index, size) in sizes.enumerated() {
            let added = current.isEmpty ? size : size + 1
            if !current.isEmpty, bytes + added > limit {
                result.append((current, bytes))
                current = []
                bytes = 0
            }
            bytes += current.isEmpty ? size : size + 1
            current.append(index)
        }
        if !current.isEmpty { result.append((current, bytes)) }
        return result
    }
}
