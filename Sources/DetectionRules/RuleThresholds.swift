/// The numbers a rule compares against; which fields a kind reads is listed on each.
package struct RuleThresholds: Sendable, Hashable, Codable {
    /// The alert threshold of the rule's main value (rate, score, relative increase, mean).
    /// nil: the rule only warns (and may escalate).
    package var alert: Double?
    /// The warn threshold of the main value; nil for no warn state.
    package var warn: Double?
    /// `prompt_injection`: more than this many suspicious requests from one session in the window alerts.
    package var count: Int?
    /// `invalid_product_rate`: invalid IDs needed in the window before the rate can fire, so a
    /// handful of errors in a small sample does not (4 invalid in 199 mentions is 2.01 %). nil: 0.
    package var minEvents: Int?
    /// `quality_degradation`: a drop of more than this fraction against the hourly baseline alerts.
    package var relativeChange: Double?
    /// `prompt_injection`: a score at or above this counts as suspicious; nil: the guard's own
    /// verdict (`isInjection`) and session flag decide.
    package var suspiciousScore: Double?
    /// `cost_per_conversion`, `quality_degradation`: seconds of baseline history needed before the
    /// baseline condition can fire.
    package var minHistory: Double?
    /// `predictive_capacity`: seconds looked ahead.
    package var horizon: Double?

    /// Thresholds with the given fields.
    package init(
        alert: Double? = nil, warn: Double? = nil, count: Int? = nil, minEvents: Int? = nil, relativeChange: Double? = nil,
        suspiciousScore: Double? = nil, minHistory: Double? = nil, horizon: Double? = nil
    ) {
        self.alert = alert
        self.warn = warn
        self.count = count
        self.minEvents = minEvents
        self.relativeChange = relativeChange
        self.suspiciousScore = suspiciousScore
        self.minHistory = minHistory
        self.horizon = horizon
    }

    /// The warn threshold as a fraction of an alert threshold: `alert × fraction` for values that
    /// alert when high, `alert ÷ fraction` for values that alert when low.
    /// - Parameters:
    ///   - alert: The alert threshold.
    ///   - fraction: The fraction (e.g. 0.5 warns at half a rate threshold).
    ///   - below: Whether the value alerts when it falls below the threshold.
    package static func warnFraction(of alert: Double, _ fraction: Double, below: Bool = false) -> Double {
        below ? alert / fraction : alert * fraction
    }
}

/// Escalation of an unacknowledged warning to an alert of higher severity.
package struct RuleEscalation: Sendable, Hashable, Codable {
    /// Seconds a warning may stay unacknowledged. Default 900 (15 minutes).
    package var after: Double
    /// The severity of the escalated alert. Default `high`.
    package var severity: RuleSeverity

    package init(after: Double = 900, severity: RuleSeverity = .high) {
        self.after = after
        self.severity = severity
    }
}
