/// Engine-wide settings: runbook links, memory caps and capacity limits.
package struct RuleEngineConfiguration: Sendable, Hashable {
    /// Prefix joined to `deploy/runbooks/<id>.md` in signals (e.g. a repository URL). Default "" (path only).
    package var runbookBaseURL: String = ""
    /// Groups tracked per rule; past it idle ok groups are evicted, oldest first. Default 1000.
    package var maxGroupsPerRule: Int = 1000
    /// Sample requests kept per group and attached to a signal. Default 3.
    package var samplesPerGroup: Int = 3
    /// How often the adapter calls `evaluate`, reported as the next evaluation time. Default 5 s.
    package var evaluationInterval: Double = 5
    /// Quotas and limits for `predictive_capacity`.
    package var capacity: CapacityLimits = .default

    package init() {}

    package static let `default` = RuleEngineConfiguration()
}

/// A model's quota: requests and tokens per minute.
package struct ModelQuota: Sendable, Hashable, Codable {
    package var requestsPerMinute: Double?
    package var tokensPerMinute: Double?

    package init(requestsPerMinute: Double? = nil, tokensPerMinute: Double? = nil) {
        self.requestsPerMinute = requestsPerMinute
        self.tokensPerMinute = tokensPerMinute
    }
}

/// What `predictive_capacity` compares forecasts with.
package struct CapacityLimits: Sendable, Hashable {
    /// Quotas by model name. Default none.
    package var quotas: [String: ModelQuota] = [:]
    /// The quota of models not listed; nil for none. Default nil.
    package var defaultQuota: ModelQuota?
    /// A p99 latency above this (ms) counts as degraded; nil: latency is not checked. Default nil.
    package var latencyP99LimitMs: Double?
    /// A share of requests answered 429 above this counts as degraded. Default 0.05.
    package var rate429Limit: Double = 0.05
    /// How much recent 429s raise the quota probability at most: `1 − (1 − p)(1 − w)` with
    /// `w = weight × min(1, recent 429 share ÷ rate429Limit)`. Default 0.5.
    package var rate429EvidenceWeight: Double = 0.5

    package init() {}

    package static let `default` = CapacityLimits()

    /// The quota for a model, or the default quota.
    /// - Parameters:
    ///   - model: The model name.
    package func quota(for model: String) -> ModelQuota? { quotas[model] ?? defaultQuota }
}
