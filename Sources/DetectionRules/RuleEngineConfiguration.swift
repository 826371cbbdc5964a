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
    /// Quotas by model name, set by the user; they win over ``defaultQuota`` and the published
    /// table. Default none.
    package var quotas: [String: ModelQuota] = [:]
    /// The quota of models not in ``quotas``; nil for none. Default nil.
    package var defaultQuota: ModelQuota?
    /// The published per-model quotas used for models in neither. Default Gemini API Tier 1.
    package var publishedQuotas: PublishedQuotas = .geminiAPITier1
    /// A p99 latency (whole call) above this (ms) counts as degraded; nil: not checked. Default
    /// 60 000: half the upstream's default 120 s first-byte and idle timeouts, so the slowest calls
    /// are within 2× of a 504, while healthy 2.5 Pro calls with thinking stay well below it.
    package var latencyP99LimitMs: Double? = 60_000
    /// A share of requests answered 429 above this raises the quota probability. Default 0.05.
    package var rate429Limit: Double = 0.05
    /// A share of requests failing upstream (429, 5xx or timeout) above this counts as degraded.
    /// Default 0.05.
    package var errorRateLimit: Double = 0.05
    /// How much recent failures raise a probability at most: `1 − (1 − p)(1 − w)` with
    /// `w = weight × min(1, share ÷ limit)`, for 429s (quota) and for 5xx and timeouts
    /// (degradation). Default 0.5.
    package var rate429EvidenceWeight: Double = 0.5

    package init() {}

    package static let `default` = CapacityLimits()

    /// The user's quota for the model, else the user's default quota, else the published one.
    /// Names match as prices do: exact, then without `-latest` or a trailing version.
    /// - Parameters:
    ///   - model: The model name.
    package func quota(for model: String) -> ModelQuota? {
        let names = PublishedQuotas.candidates(model)
        if let q = names.lazy.compactMap({ quotas[$0] }).first { return q }
        return defaultQuota ?? names.lazy.compactMap { publishedQuotas.table[$0] }.first
    }
}
