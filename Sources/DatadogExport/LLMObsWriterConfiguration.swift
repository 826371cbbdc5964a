/// Where LLM Observability spans and evaluations go, and how they are batched (datadog.md §4).
package struct LLMObsWriterConfiguration: Sendable, Equatable {
    /// The Agent's base URL, as for traces (`http://host:8126` or `http+unix://…`).
    package var agentURL: String
    /// The `ml_app` tag of every span and evaluation.
    package var mlApp: String
    /// How often queued events are sent (Datadog's tracers: 1 s).
    package var flushInterval: Duration
    /// Events queued at most (Datadog's tracers: 1000); beyond it events are dropped and counted.
    package var queueCapacity: Int
    /// Bytes of encoded events held at most, queued or being sent; beyond it events are dropped
    /// and counted. YAML `datadog.export_queue_bytes`, default 4 MiB.
    package var maxQueueBytes: Int
    /// Attempts per payload for connect errors, 429 and 5xx.
    package var maxAttempts: Int
    /// One request's body at most: the Agent's EVP proxy limit, 5 MiB.
    package var maxPayloadBytes: Int
    /// One span event at most; above it input and output are dropped (`DD_LLMOBS_EVENT_SIZE_BYTES`).
    package var maxEventBytes: Int

    package static let spansPath = "/evp_proxy/v2/api/v2/llmobs"
    package static let spansSubdomain = "llmobs-intake"
    package static let evaluationsPath = "/evp_proxy/v2/api/intake/llm-obs/v2/eval-metric"
    package static let evaluationsSubdomain = "api"

    package init(
        agentURL: String, mlApp: String, flushInterval: Duration = .seconds(1), queueCapacity: Int = 1000,
        maxQueueBytes: Int = 4 << 20, maxAttempts: Int = 3, maxPayloadBytes: Int = 5 << 20, maxEventBytes: Int = 5_000_000
    ) {
        self.agentURL = agentURL
        self.mlApp = mlApp
        self.flushInterval = flushInterval
        self.queueCapacity = queueCapacity
        self.maxQueueBytes = maxQueueBytes
        self.maxAttempts = maxAttempts
        self.maxPayloadBytes = maxPayloadBytes
        self.maxEventBytes = maxEventBytes
    }
}
