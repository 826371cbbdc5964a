/// A notification from the engine: a state change, a reminder or an escalation of one rule for one group.
package struct RuleSignal: Sendable, Hashable {
    /// Why the signal was emitted.
    package enum Reason: String, Sendable, Hashable {
        case transition
        case renotify
        case escalation
    }

    package var ruleID: String
    package var kind: RuleKind
    package var severity: RuleSeverity
    package var state: RuleState
    package var previousState: RuleState
    package var reason: Reason
    package var group: RuleGroup
    /// The values measured, against their thresholds.
    package var measurements: [RuleMeasurement]
    /// The rule's window, in seconds.
    package var window: Double
    /// One human line: `hallucination alert for model=gemini-2.5-flash: invalid_product_rate 4.1% (> 2.0%) over 10m`.
    package var summary: String
    /// Up to three redacted example requests.
    package var samples: [RuleSample]
    /// `<runbookBaseURL>deploy/runbooks/<id>.md`.
    package var runbookURL: String
    /// Recommended actions (for capacity, a computed quota or scaling recommendation).
    package var suggestedActions: [String]
    /// Filled by the adapter (cost advice for `cost_per_conversion`); nil from the engine.
    package var adapterAdvice: String?
    /// Filled by the adapter from ``SignalContextTracker``: what else was going on; empty from the engine.
    package var context: [String] = []
    /// When a limit is predicted to be reached (`predictive_capacity`).
    package var predictedTime: Double?
    /// Days of 7 the baseline covers (baseline rules).
    package var baselineCoverageDays: Double?
    /// When the signal was emitted.
    package var time: Double
    /// A stable key for deduplication and aggregation: `outrigger-rule:<rule>:<group>`.
    package var aggregationKey: String

    /// The aggregation key for a rule and group.
    /// - Parameters:
    ///   - ruleID: The rule id.
    ///   - group: The group.
    package static func aggregationKey(ruleID: String, group: RuleGroup) -> String {
        "outrigger-rule:\(ruleID):\(group)"
    }

    /// A signal with every field given (the engine builds them; adapters' tests do too).
    package init(
        ruleID: String, kind: RuleKind, severity: RuleSeverity, state: RuleState, previousState: RuleState, reason: Reason,
        group: RuleGroup, measurements: [RuleMeasurement], window: Double, summary: String, samples: [RuleSample],
        runbookURL: String, suggestedActions: [String], adapterAdvice: String?, predictedTime: Double?,
        baselineCoverageDays: Double?, time: Double, aggregationKey: String
    ) {
        self.ruleID = ruleID
        self.kind = kind
        self.severity = severity
        self.state = state
        self.previousState = previousState
        self.reason = reason
        self.group = group
        self.measurements = measurements
        self.window = window
        self.summary = summary
        self.samples = samples
        self.runbookURL = runbookURL
        self.suggestedActions = suggestedActions
        self.adapterAdvice = adapterAdvice
        self.predictedTime = predictedTime
        self.baselineCoverageDays = baselineCoverageDays
        self.time = time
        self.aggregationKey = aggregationKey
    }
}
