package import AsyncHTTPClient
import FoundationEssentials
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
    private let client: HTTPClient
    private let logger: Logger
    private let intake: ExportLoop<APMSpan>
    private let pending = Mutex<[APMSpan]>([])
    private let stats = Mutex(Stats())

    package init(configuration: TraceWriterConfiguration, client: HTTPClient, logger: Logger) {
        self.configuration = configuration
        self.sampler = AgentSampler()
        self.client = client
        var logger = logger
        logger[metadataKey: "component"] = "trace-writer"
        self.logger = logger
        intake = ExportLoop(capacity: configuration.queueCapacity)
    }

    /// Current counters; `queued` is spans offered and not yet sent.
    package var currentStats: Stats {
        var current = stats.withLock { $0 }
        current.queued = intake.depth + pending.withLock { $0.count }
        return current
    }

    /// Enqueues a finished span; never waits.
    package func enqueue(_ span: APMSpan) {
        if !intake.offer(span) {
            stats.withLock { $0.droppedSpans += 1 }
        }
    }

    package func run() async throws {
        await intake.run(
            interval: configuration.flushInterval,
            ingest: { span in
                let overflow = self.pending.withLock { pending -> Bool in
                    guard pending.count < self.configuration.queueCapacity else { return true }
                    pending.append(span)
                    return false
                }
                if overflow { self.stats.withLock { $0.droppedSpans += 1 } }
            },
            flush: { await self.flush() }
        )
    }

    /// Sends every pending span in one payload (one chunk per span: each call is its own trace here).
    package func flush() async {
        let spans = pending.withLock { pending in
            defer { pending = [] }
            return pending
        }
        guard !spans.isEmpty else { return }
        let body = APMSpan.encodeV04(spans.map { [$0] })
        var delay = Duration.milliseconds(100)
        for attempt in 1...max(1, configuration.maxAttempts) {
            let outcome = await post(body, chunks: spans.count)
            switch outcome {
            case .sent:
                stats.withLock { $0.sentSpans += spans.count }
                return
            case .rejected(let reason):
                record(failure: reason, spans: spans.count)
                return
            case .retryable(let reason):
                if attempt == configuration.maxAttempts {
                    record(failure: reason, spans: spans.count)
                    return
                }
                try? await Task.sleep(for: delay)
                delay *= 2
            }
        }
    }

    private enum PostOutcome {
        case sent
        case retryable(String)
        case rejected(String)
    }

    private func post(_ body: [UInt8], chunks: Int) async -> PostOutcome {
        var request = HTTPClientRequest(url: configuration.agentURL + "/v0.4/traces")
        request.method = .PUT
        request.headers.add(name: "Content-Type", value: "application/msgpack")
        request.headers.add(name: "X-Datadog-Trace-Count", value: String(chunks))
        request.headers.add(name: "Datadog-Meta-Lang", value: "swift")
        request.headers.add(name: "Datadog-Meta-Lang-Version", value: "6")
        request.headers.add(name: "Datadog-Meta-Tracer-Version", value: OutriggerVersion.current)
        request.headers.add(name: "Datadog-Client-Computed-Top-Level", value: "1")
        request.headers.add(name: "Datadog-Send-Real-Http-Status", value: "1")
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let response = try await client.execute(request, timeout: .seconds(5), logger: logger)
            let data = try await response.body.collect(upTo: 1 << 20)
            let status = Int(response.status.code)
            if (200..<300).contains(status) {
                if let rates = try? JSONDecoder().decode(AgentRates.self, from: Data(data.readableBytesView)).rateByService {
                    sampler.update(rates)
                }
                return .sent
            }
            let reason = "agent answered \(status): \(String(buffer: data).prefix(200))"
            return status == 429 || status >= 500 ? .retryable(reason) : .rejected(reason)
        } catch {
            return .retryable("cannot reach the agent at \(configuration.agentURL): \(error)")
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

    private struct AgentRates: Decodable {
        var rateByService: [String: Double]?
        enum CodingKeys: String, CodingKey { case rateByService = "rate_by_service" }
    }
}

/// Outrigger's version, sent as the tracer version.
package enum OutriggerVersion {
    package static let current = "0.1.0"
}
