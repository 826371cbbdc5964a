/// One detection rule, defined entirely by data: a second rule of an existing kind (say, invalid
/// products above 5 % over one minute) is just another value.
package struct RuleDefinition: Sendable, Hashable, Codable, Identifiable {
    /// A stable id: names the runbook (`deploy/runbooks/<id>.md`) and the monitor tags.
    package var id: String
    package var kind: RuleKind
    /// The severity of its signals (escalation may raise it).
    package var severity: RuleSeverity
    package var thresholds: RuleThresholds
    /// Seconds of observations the main value is computed over.
    package var window: Double
    /// Samples needed in the window before the rule can fire (mentions, requests, feeds, or for
    /// `predictive_capacity` minutes of series). Default 1.
    package var minSamples: Int
    /// Resolve only once the value is back below `threshold × (1 − hysteresis)` (above
    /// `threshold × (1 + hysteresis)` for values that alert when low). Default 0.2.
    package var hysteresis: Double
    /// Seconds the value must stay clear before the state resolves. Default 300.
    package var resolveAfter: Double
    /// Seconds a breach must last before the state changes. Default 0 (at the first evaluation).
    package var forDuration: Double
    /// Seconds between reminders while an unacknowledged alert lasts; nil for none. Default 3600.
    package var renotifyInterval: Double?
    package var groupBy: RuleGroupBy
    /// An unacknowledged warning becomes an alert after a while; nil for never.
    package var escalation: RuleEscalation?
    package var enabled: Bool

    /// A rule; every argument after `window` has a default.
    package init(
        id: String, kind: RuleKind, severity: RuleSeverity, thresholds: RuleThresholds, window: Double,
        minSamples: Int = 1, hysteresis: Double = 0.2, resolveAfter: Double = 300, forDuration: Double = 0,
        renotifyInterval: Double? = 3600, groupBy: RuleGroupBy = .all, escalation: RuleEscalation? = nil,
        enabled: Bool = true
    ) {
        self.id = id
        self.kind = kind
        self.severity = severity
        self.thresholds = thresholds
        self.window = window
        self.minSamples = minSamples
        self.hysteresis = hysteresis
        self.resolveAfter = resolveAfter
        self.forDuration = forDuration
        self.renotifyInterval = renotifyInterval
        self.groupBy = groupBy
        self.escalation = escalation
        self.enabled = enabled
    }

    /// The runbook path, relative to the repository: `deploy/runbooks/<id>.md`.
    package var runbookPath: String { "deploy/runbooks/\(id).md" }
}

extension RuleDefinition {
    /// Invalid product IDs above 2 % of mentions over 10 minutes, per model, from 20 mentions and 5 invalid IDs.
    package static let hallucination = RuleDefinition(
        id: "hallucination", kind: .invalidProductRate, severity: .high, thresholds: RuleThresholds(alert: 0.02, minEvents: 5),
        window: 600, minSamples: 20, hysteresis: 0.2, resolveAfter: 300, renotifyInterval: 3600, groupBy: .model)

    /// Any request scoring above 0.7, or more than 5 suspicious requests from one session in a minute.
    package static let promptInjection = RuleDefinition(
        id: "prompt_injection", kind: .promptInjection, severity: .critical,
        thresholds: RuleThresholds(alert: 0.7, count: 5), window: 60, minSamples: 1, hysteresis: 0,
        resolveAfter: 300, renotifyInterval: 1800, groupBy: .session)

    /// Cost per conversion more than 100 % above its 7-day moving average, after an hour of history.
    package static let costPerConversion = RuleDefinition(
        id: "cost_per_conversion", kind: .costPerConversion, severity: .medium,
        thresholds: RuleThresholds(alert: 1.0, minHistory: 3600), window: 900, minSamples: 3, hysteresis: 0.2,
        resolveAfter: 900, renotifyInterval: 6 * 3600, groupBy: .all)

    /// Mean quality below 0.6 over 5 minutes, or a drop of more than 20 % against the hourly baseline.
    package static let qualityDegradation = RuleDefinition(
        id: "quality_degradation", kind: .qualityDegradation, severity: .high,
        thresholds: RuleThresholds(alert: 0.6, relativeChange: 0.2, minHistory: 3600), window: 300, minSamples: 20,
        hysteresis: 0.1, resolveAfter: 300, renotifyInterval: 3600, groupBy: .model)

    /// A probability above 0.8 of reaching a quota or degrading within 2 hours, per model; an
    /// unacknowledged warning escalates to `high` after 15 minutes.
    package static let predictiveCapacity = RuleDefinition(
        id: "predictive_capacity", kind: .predictiveCapacity, severity: .medium,
        thresholds: RuleThresholds(warn: 0.8, horizon: 7200), window: 300, minSamples: 30, hysteresis: 0.25,
        resolveAfter: 600, renotifyInterval: 3600, groupBy: .model, escalation: RuleEscalation(after: 900, severity: .high))

    /// The five built-in rules, in this order; their ids are fixed.
    package static let defaults: [RuleDefinition] = [
        hallucination, promptInjection, costPerConversion, qualityDegradation, predictiveCapacity,
    ]
}
