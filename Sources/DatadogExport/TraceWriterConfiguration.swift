import ProxyCore

/// Where APM spans go and how they are batched.
package struct TraceWriterConfiguration: Sendable, Equatable {
    /// The Agent's trace intake base URL, e.g. `http://10.0.0.1:8126`.
    package var agentURL: String
    /// Unified service tags for spans and the sampler's lookup key.
    package var service: String
    package var env: String
    package var version: String?
    /// How often queued spans are sent (ddtrace: 1 s).
    package var flushInterval: Duration
    /// Spans queued at most; beyond it spans are dropped and counted.
    package var queueCapacity: Int
    /// Bytes of spans held at most, queued or being sent (an estimate from their fields); beyond
    /// it spans are dropped and counted. YAML `datadog.export_queue_bytes`, default 4 MiB.
    package var maxQueueBytes: Int
    /// Attempts per payload for connect errors, 429 and 5xx, with doubling backoff from 100 ms.
    package var maxAttempts: Int

    package init(
        agentURL: String, service: String, env: String = "", version: String? = nil, flushInterval: Duration = .seconds(1),
        queueCapacity: Int = 4096, maxQueueBytes: Int = 4 << 20, maxAttempts: Int = 3
    ) {
        self.agentURL = agentURL
        self.service = service
        self.env = env
        self.version = version
        self.flushInterval = flushInterval
        self.queueCapacity = queueCapacity
        self.maxQueueBytes = maxQueueBytes
        self.maxAttempts = maxAttempts
    }

    /// The Agent from ``AgentURL/resolve(environment:socketExists:)``; `DD_SERVICE` (else
    /// `defaultService`), `DD_ENV`, `DD_VERSION`.
    package init(environment: [String: String], defaultService: String, socketExists: (String) -> Bool = { _ in false }) {
        self.init(
            agentURL: AgentURL.resolve(environment: environment, socketExists: socketExists),
            service: environment.nonBlank("DD_SERVICE") ?? defaultService, env: environment.nonBlank("DD_ENV") ?? "", version: environment.nonBlank("DD_VERSION")
        )
    }
}
