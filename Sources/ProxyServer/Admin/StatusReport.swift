import DatadogExport
import ProxyCore

/// The JSON document served at `GET /v1/status`.
struct StatusReport: Encodable, Sendable {
    struct Counters: Encodable, Sendable {
        var requests: Int
        var errors: Int
        var streamed: Int
        var unparsed: Int
        var tokens: TokenTotals
        var latencyMs: Percentiles?
        var ttfbMs: Percentiles?
        /// Spend in USD as exact decimal text (`"0.000123"`), and the calls behind caveats.
        var costUSD: String
        var costEstimatedCalls: Int
        var costUnknownCalls: Int

        enum CodingKeys: String, CodingKey {
            case requests, errors, streamed, unparsed, tokens, latencyMs = "latency_ms", ttfbMs = "ttfb_ms"
            case costUSD = "cost_usd", costEstimatedCalls = "cost_estimated_calls", costUnknownCalls = "cost_unknown_calls"
        }

        init(_ c: StatusCounters) {
            requests = c.requests
            errors = c.errors
            streamed = c.streamed
            unparsed = c.unparsed
            tokens = c.tokens
            latencyMs = c.latencyMs.percentiles()
            ttfbMs = c.ttfbMs.percentiles()
            costUSD = c.spend.total.decimalText
            costEstimatedCalls = c.spend.estimatedCalls
            costUnknownCalls = c.spend.unknownModelCalls
        }
    }

    struct ModelCounters: Encodable, Sendable {
        var dialect: String
        var model: String
        var counters: Counters

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: DynamicKey.self)
            try c.encode(dialect, forKey: .init("dialect"))
            try c.encode(model, forKey: .init("model"))
            try counters.encode(to: encoder)
        }
    }

    struct RecentCall: Encodable, Sendable {
        var id: String
        var startedAt: Double
        var dialect: String
        var model: String
        var operation: String
        var streamFormat: String
        var status: Int
        var outcome: String
        var durationMs: Double
        var ttfbMs: Double?
        var requestBytes: Int
        var responseBytes: Int
        var usage: TokenTotals?
        var countedTokens: Int?
        var finishReasons: [String]
        var blockReason: String?
        var unparsed: Bool
        var error: String?
        var costUSD: String?
        var costBasis: String?
        var injectionScore: Double?
        var injectionCategories: [String]?
        var blockedReason: String?
        var pii: [String: Int]?
        var qualityScore: Double?
        var qualityComponents: [String: Double]?
        var grounding: Grounding?

        struct Grounding: Encodable, Sendable {
            var mentions: Int
            var invalidIDs: Int
            var nameMismatches: Int
            var priceMismatches: Int
            var noProducts: Bool
            var invalidProductRate: Double?
            var sampleOffendingIDs: [String]

            enum CodingKeys: String, CodingKey {
                case mentions, invalidIDs = "invalid_ids", nameMismatches = "name_mismatches", priceMismatches = "price_mismatches"
                case noProducts = "no_products", invalidProductRate = "invalid_product_rate", sampleOffendingIDs = "sample_offending_ids"
            }
        }

        enum CodingKeys: String, CodingKey {
            case id, startedAt = "started_at", dialect, model, operation, streamFormat = "stream_format", status
            case outcome, durationMs = "duration_ms", ttfbMs = "ttfb_ms", requestBytes = "request_bytes"
            case responseBytes = "response_bytes", usage, countedTokens = "counted_tokens"
            case finishReasons = "finish_reasons", blockReason = "block_reason", unparsed, error
            case costUSD = "cost_usd", costBasis = "cost_basis"
            case injectionScore = "injection_score", injectionCategories = "injection_categories"
            case blockedReason = "blocked_reason", pii
            case qualityScore = "quality_score", qualityComponents = "quality_components", grounding
        }

        init(_ r: CallRecord) {
            id = r.id
            startedAt = r.startedAt
            dialect = r.dialect.rawValue
            model = r.model
            operation = r.operation.rawValue
            streamFormat = r.streamFormat.rawValue
            status = r.status
            outcome = r.outcome.rawValue
            durationMs = r.duration.milliseconds
            ttfbMs = r.timeToFirstByte?.milliseconds
            requestBytes = r.requestBytes
            responseBytes = r.responseBytes
            usage = r.response?.usage.map(TokenTotals.init)
            countedTokens = r.response?.countedTokens
            finishReasons = r.response?.finishReasons ?? []
            blockReason = r.response?.blockReason
            unparsed = r.requestUnparsed || r.response?.unparsed == true
            error = r.errorMessage ?? r.response?.error.map { "\($0.code) \($0.status): \($0.message)" }
            costUSD = r.cost.flatMap { $0.basis == .unknownModel ? nil : $0.total.decimalText }
            costBasis = r.cost?.basis.rawValue
            if let security = r.security {
                injectionScore = security.injectionScore
                injectionCategories = security.categories
                blockedReason = security.blockReason
                let pii = security.promptPII.merging(security.responsePII, uniquingKeysWith: +)
                self.pii = pii.isEmpty ? nil : pii
            }
            if let checks = r.checks {
                qualityScore = checks.qualityScore
                qualityComponents = Dictionary(checks.qualityComponents.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
                grounding = Grounding(
                    mentions: checks.mentions, invalidIDs: checks.invalidIDs, nameMismatches: checks.nameMismatches,
                    priceMismatches: checks.priceMismatches, noProducts: checks.noProducts,
                    invalidProductRate: checks.invalidProductRate, sampleOffendingIDs: checks.sampleOffendingIDs
                )
            }
        }
    }

    /// Health of one exporter: where it sends, what it sent and dropped, its last error.
    struct Exporter: Encodable, Sendable {
        var endpoint: String
        var queueDepth: Int
        var sent: Int
        var failed: Int
        var dropped: Int
        var lastError: String?
        /// Exporter-specific counters (LLM Observability: spans and evaluations apart).
        var details: [String: Int]?

        enum CodingKeys: String, CodingKey {
            case endpoint, queueDepth = "queue_depth", sent, failed, dropped, lastError = "last_error", details
        }

        init(endpoint: String, stats: TraceWriter.Stats) {
            self.endpoint = endpoint
            queueDepth = stats.queued
            sent = stats.sentSpans
            failed = stats.failedPayloads
            dropped = stats.droppedSpans
            lastError = stats.lastError
        }

        init(endpoint: String, stats: LLMObsWriter.Stats) {
            self.endpoint = endpoint
            queueDepth = stats.queued
            sent = stats.sentSpans + stats.sentEvaluations
            failed = stats.failedPayloads
            dropped = stats.droppedSpans + stats.droppedEvaluations
            lastError = stats.lastError
            details = [
                "sent_spans": stats.sentSpans, "sent_evaluations": stats.sentEvaluations,
                "dropped_spans": stats.droppedSpans, "dropped_evaluations": stats.droppedEvaluations,
                "truncated_spans": stats.truncatedSpans,
            ]
        }

        init(endpoint: String, stats: DogStatsDClient.Stats) {
            self.endpoint = endpoint
            queueDepth = stats.queuedSamples
            sent = stats.sentDatagrams
            failed = stats.failedDatagrams
            dropped = stats.droppedSamples
            lastError = stats.lastError
        }
    }

    var uptimeSeconds: Double
    var totals: Counters
    var byDialect: [String: Counters]
    var byModel: [ModelCounters]
    var pipeline: Pipeline
    var exporters: [String: Exporter] = [:]
    var sessions: SessionsStatus?
    var catalog: CatalogLoader.Status?
    /// Config reloads, when the proxy runs from a file.
    var config: ConfigReloader.Status?
    /// The traffic listener's connections against `limits.max_connections`.
    var traffic: Traffic?
    /// TLS handshakes the interception listener refused, when it runs.
    var interception: Interception?
    var recentCalls: [RecentCall]

    enum CodingKeys: String, CodingKey {
        case uptimeSeconds = "uptime_seconds", totals, byDialect = "by_dialect", byModel = "by_model"
        case pipeline, exporters, recentCalls = "recent_calls", sessions = "sessions", catalog, config, traffic, interception
    }

    /// Handshakes refused by the interception listener (no SNI, a name outside `tls.hosts` and
    /// the built-in hosts, or a certificate that could not be minted), and connections it closed.
    struct Interception: Encodable, Sendable {
        var refusedNoSNI: Int
        var refusedNotIntercepted: Int
        var refusedMintFailed: Int
        /// HTTP/2 connections closed with GOAWAY ENHANCE_YOUR_CALM for a PING flood.
        var closedPingFlood: Int
        enum CodingKeys: String, CodingKey {
            case refusedNoSNI = "refused_no_sni", refusedNotIntercepted = "refused_not_intercepted"
            case refusedMintFailed = "refused_mint_failed", closedPingFlood = "closed_ping_flood"
        }
    }

    /// Open connections now, and those closed at once because `limits.max_connections` were open.
    struct Traffic: Encodable, Sendable {
        var openConnections: Int
        var refusedConnections: Int
        var maxConnections: Int
        /// Request bodies in flight now, their bound (`limits.in_flight_body_bytes`), and the
        /// requests refused with a 503 because of it.
        var inFlightBodyBytes = 0
        var maxInFlightBodyBytes = 0
        var refusedBodies = 0
        enum CodingKeys: String, CodingKey {
            case openConnections = "open_connections", refusedConnections = "refused_connections", maxConnections = "max_connections"
            case inFlightBodyBytes = "in_flight_body_bytes", maxInFlightBodyBytes = "max_in_flight_body_bytes"
            case refusedBodies = "refused_bodies"
        }
    }

    init(_ state: StatusStore.State, uptime: Duration, pipeline: PipelineStatus? = nil) {
        uptimeSeconds = uptime.milliseconds / 1000
        totals = Counters(state.totals)
        byDialect = Dictionary(uniqueKeysWithValues: state.byDialect.map { ($0.key.rawValue, Counters($0.value)) })
        byModel = state.byModel
            .map { ModelCounters(dialect: $0.key.dialect.rawValue, model: $0.key.model, counters: Counters($0.value)) }
            .sorted { ($0.dialect, $0.model) < ($1.dialect, $1.model) }
        self.pipeline = pipeline.map(Pipeline.init) ?? Pipeline()
        recentCalls = state.recent.map(RecentCall.init)
    }
}

struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
