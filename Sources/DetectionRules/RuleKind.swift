/// What a rule measures; each kind has its own tracker, and any number of rules may share a kind.
package enum RuleKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Invalid product IDs ÷ product mentions over the window.
    case invalidProductRate = "invalid_product_rate"
    /// The highest injection score in the window, and suspicious requests per session.
    case promptInjection = "prompt_injection"
    /// Cost per conversion against its 7-day moving average.
    case costPerConversion = "cost_per_conversion"
    /// Mean quality score, and its drop against the 7-day hourly baseline.
    case qualityDegradation = "quality_degradation"
    /// Forecast request rate, tokens per minute, 429 rate and p99 latency against quotas and limits.
    case predictiveCapacity = "predictive_capacity"
}

/// How bad a signal is, lowest first.
package enum RuleSeverity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case low, medium, high, critical

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .critical: 3
        }
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The state of one rule for one group: `ok → warn → alert → resolved` (resolved counts as ok).
package enum RuleState: String, Sendable, Hashable, Codable, CaseIterable {
    case ok, warn, alert, resolved

    /// Whether the state is a firing one (warn or alert).
    package var isFiring: Bool { self == .warn || self == .alert }
}

/// What a rule groups its observations by.
package enum RuleGroupBy: String, Sendable, Hashable, Codable, CaseIterable {
    /// One group per model name.
    case model
    /// One group per session id; calls without one share the group `all`.
    case session
    /// One group for everything.
    case all
}

/// One group of a rule: `model=gemini-2.5-flash`, `session=abc` or `all`.
package struct RuleGroup: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `model` or `session`; nil for the group of everything.
    package var dimension: String?
    /// The model name or session id; `all` for the group of everything.
    package var value: String

    /// A group by dimension and value.
    /// - Parameters:
    ///   - dimension: `model` or `session`, or nil for `all`.
    ///   - value: The model name or session id.
    package init(dimension: String?, value: String) {
        self.dimension = dimension
        self.value = value
    }

    /// The group of everything.
    package static let all = RuleGroup(dimension: nil, value: "all")
    /// The group that takes new keys once a rule's group table is full of firing groups.
    package static let overflow = RuleGroup(dimension: nil, value: "other")

    /// `model=gemini-2.5-flash`, or the bare value for `all` and `other`.
    package var description: String { dimension.map { "\($0)=\(value)" } ?? value }
}
