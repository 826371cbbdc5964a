package import AsyncHTTPClient
import JSON
package import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle
import Synchronization

/// Sends APM spans to the Agent's `/v0.4/traces` as msgpack, batched every `flushInterval`,
/// with bounded retries and a bounded queue. The request path enqueues without waiting. The
/// Agent's `rate_by_service` answer feeds the ``AgentSampler``.
package final class TraceWriter: Service, Sendable {
    package struct Stats: Sendable, Equatable {
        package var queued = 0
        package var sentSpans = 0
        package var droppedSpans = 0
        package var failedPayloads = 0
        package var lastError: String?
    }

    package let configuration: TraceWriterConfiguration
    package let sampler: AgentSampler
    private let poster: AgentPoster
    private let logger: Logger
    private let intake: ExportLoop<APMSpan>
    private let pending = Mutex<[APMSpan]>([])
    private let stats = Mutex(Stats())

    package init(configuration: TraceWriterConfiguration, client: HTTPClient, logger: Logger) {
        self.configuration = configuration
        self.sampler = AgentSampler()
        var logger = logger
        logger[metadataKey: "component"] = "trace-writer"
        self.logger = logger
        poster = AgentPoster(client: client, logger: logger)
        intake = ExportLoop(capacity: configuration.queueCapacity, maxBytes: configuration.maxQueueBytes, timer: client.eventLoopGroup)
        intake.setIngest { [weak self] span in self?.ingest(span) }
    }

    /// Current counters; `queued` is spans offered and not yet sent.
    package var currentStats: Stats {
        var current = stats.withLock { $0 }
        current.queued = intake.depth + pending.withLock { $0.count }
        return current
    }

    /// Enqueues a finished span; never waits.
    package func enqueue(_ span: APMSpan) {
        if !intake.offer(span, bytes: span.approximateBytes) {
            stats.withLock { $0.droppedSpans += 1 }
        }
    }

    package func run() async throws {
        await intake.run(interval: configuration.flushInterval, flush: { await self.flush() })
    }

    /// Moves a span from the intake to the next payload, or drops it (counted) when that is full.
    private func ingest(_ span: APMSpan) {
        let overflow = pending.withLock { pending -> Bool in
            guard pending.count < configuration.queueCapacity else { return true }
            pending.append(span)
            return false
        }
        if overflow {
            intake.release(span.approximateBytes)
            stats.withLock { $0.droppedSpans += 1 }
        }
    }

    /// Sends every pending span in one payload (one chunk per span: each call is its own trace here).
    package func flush() async {
        intake.drain()
        let spans = pending.withLock { pending in
            defer { pending = [] }
            return pending
        }
        guard !spans.isEmpty else { return }
        let count = spans.count
        let heldBytes = spans.reduce(0) { $0 + $1.approximateBytes }
        defer { intake.release(heldBytes) }
        // Encoded once into the buffer every attempt sends; the encoder's array is freed at once.
        let body = ByteBuffer(bytes: APMSpan.encodeV04(spans.map { [$0] }))
        let outcome = await poster.send(
            url: configuration.agentURL + "/v0.4/traces", method: .PUT,
            headers: [
                ("Content-Type", "application/msgpack"),
                ("X-Datadog-Trace-Count", String(count)),
                ("Datadog-Meta-Lang", "swift"),
                ("Datadog-Meta-Lang-Version", "6"),
                ("Datadog-Meta-Tracer-Version", OutriggerVersion.current),
                ("Datadog-Client-Computed-Top-Level", "1"),
                ("Datadog-Send-Real-Http-Status", "1"),
            ],
            body: body, maxAttempts: configuration.maxAttempts
        )
        switch outcome {
        case .sent(let answer):
            if let rates = Self.agentRates(answer) { sampler.update(rates) }
            stats.withLock { $0.sentSpans += count }
        case .failed(let reason):
            record(failure: reason, spans: count)
        }
    }

    private func record(failure: String, spans: Int) {
        stats.withLock {
            $0.failedPayloads += 1
            $0.droppedSpans += spans
            $0.lastError = failure
        }
        logger.debug("trace payload dropped", metadata: ["reason": .string(failure), "spans": .stringConvertible(spans)])
    }

    /// The Agent's answer's `rate_by_service` (`{"service:x,env:y": 0.5, …}`), or nil.
    static func agentRates(_ answer: ByteBuffer) -> [String: Double]? {
        guard let document = answer.withUnsafeReadableBytes({ try? JSONParser.parse($0) }),
            let members = document["rate_by_service"]?.objectValue
        else { return nil }
        var rates: [String: Double] = [:]
        for member in members {
            if let rate = member.value.doubleValue { rates[member.key] = rate }
        }
        return rates
    }
}

/// Outrigger's version, sent as the tracer version.
package enum OutriggerVersion {
    package static let current = "0.1.0"
}
