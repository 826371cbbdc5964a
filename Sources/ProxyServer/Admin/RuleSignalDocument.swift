import DetectionRules

/// A rule signal as JSON, for `GET /v1/signals`, webhooks and logs; `outrigger demo` decodes it back.
package struct RuleSignalDocument: Codable, Sendable {
    package struct Measurement: Codable, Sendable {
        var name: String
        var value: Double
        var unit: String
        var comparison: String
        var alertThreshold: Double?
        var warnThreshold: Double?
        var samples: Double
        var minSamples: Double
        var text: String

        enum CodingKeys: String, CodingKey {
            case name, value, unit, comparison, alertThreshold = "alert_threshold", warnThreshold = "warn_threshold"
            case samples, minSamples = "min_samples", text
        }

        init(_ m: RuleMeasurement) {
            name = m.name
            value = m.value
            unit = m.unit
            comparison = m.comparison.rawValue
            alertThreshold = m.alertThreshold
            warnThreshold = m.warnThreshold
            samples = m.samples
            minSamples = m.minSamples
            text = m.text
        }
    }

    package struct Sample: Codable, Sendable {
        package var traceID: String?
        var callID: String
        var model: String
        var text: String

        enum CodingKeys: String, CodingKey { case traceID = "trace_id", callID = "call_id", model, text }
    }

    package var rule: String
    var kind: String
    package var severity: String
    package var state: String
    var previousState: String
    var reason: String
    package var group: String
    package var summary: String
    var measurements: [Measurement]
    var windowSeconds: Double
    package var samples: [Sample]
    package var runbook: String
    var suggestedActions: [String]
    /// What else was going on (latency and 429s, recent changes, invented IDs, past incidents).
    var context: [String]?
    var predictedTime: Double?
    var baselineCoverageDays: Double?
    var time: Double
    var aggregationKey: String

    enum CodingKeys: String, CodingKey {
        case rule, kind, severity, state, previousState = "previous_state", reason, group, summary, measurements
        case windowSeconds = "window_seconds", samples, runbook, suggestedActions = "suggested_actions", context
        case predictedTime = "predicted_time", baselineCoverageDays = "baseline_coverage_days", time
        case aggregationKey = "aggregation_key"
    }

    init(_ s: RuleSignal) {
        rule = s.ruleID
        kind = s.kind.rawValue
        severity = s.severity.rawValue
        state = s.state.rawValue
        previousState = s.previousState.rawValue
        reason = s.reason.rawValue
        group = s.group.description
        summary = s.summary
        measurements = s.measurements.map(Measurement.init)
        windowSeconds = s.window
        samples = s.samples.map { Sample(traceID: $0.traceID, callID: $0.callID, model: $0.model, text: $0.text) }
        runbook = s.runbookURL
        suggestedActions = s.suggestedActions + (s.adapterAdvice.map { [$0] } ?? [])
        context = s.context.isEmpty ? nil : s.context
        predictedTime = s.predictedTime
        baselineCoverageDays = s.baselineCoverageDays
        time = s.time
        aggregationKey = s.aggregationKey
    }

    /// Plain text for an event body or a chat message: summary, values, samples, runbook, actions.
    var text: String {
        var lines = [summary]
        lines += measurements.map { "- " + $0.text }
        if !samples.isEmpty {
            lines.append("Samples:")
            lines += samples.map { "- trace \($0.traceID ?? "none") call \($0.callID) (\($0.model)): \($0.text)" }
        }
        if let context, !context.isEmpty {
            lines.append("Context:")
            lines += context.map { "- " + $0 }
        }
        if !suggestedActions.isEmpty {
            lines.append("Suggested actions:")
            lines += suggestedActions.map { "- " + $0 }
        }
        lines.append("Runbook: " + runbook)
        return lines.joined(separator: "\n")
    }
}

/// `GET /v1/rules`: each rule's state per group.
struct RuleStatusDocument: Encodable, Sendable {
    struct Group: Encodable, Sendable {
        var group: String
        var state: String
        var acknowledged: Bool
        var measurements: [RuleSignalDocument.Measurement]
        var lastTransition: Double?
        var errorProbability: Double?

        enum CodingKeys: String, CodingKey {
            case group, state, acknowledged, measurements, lastTransition = "last_transition"
            case errorProbability = "error_probability"
        }
    }

    var rule: String
    var kind: String
    var severity: String
    var enabled: Bool
    var state: String
    var groups: [Group]
    var trackedGroups: Int
    var evictedGroups: Int
    var lastEvaluation: Double?
    var nextEvaluation: Double?
    var runbook: String
    var definition: RuleDefinitionDocument?

    enum CodingKeys: String, CodingKey {
        case rule, kind, severity, enabled, state, groups, trackedGroups = "tracked_groups", evictedGroups = "evicted_groups"
        case lastEvaluation = "last_evaluation", nextEvaluation = "next_evaluation", runbook, definition
    }

    init(_ s: RuleStatus, definition: RuleDefinition?, runbookBase: String) {
        rule = s.ruleID
        kind = s.kind.rawValue
        severity = definition?.severity.rawValue ?? "medium"
        enabled = s.enabled
        state = RuleStatusDocument.worst(s.groups.map(\.state)).rawValue
        groups = s.groups.map {
            Group(
                group: $0.group.description, state: $0.state.rawValue, acknowledged: $0.acknowledged,
                measurements: $0.measurements.map(RuleSignalDocument.Measurement.init), lastTransition: $0.lastTransition,
                errorProbability: $0.errorProbability
            )
        }
        trackedGroups = s.trackedGroups
        evictedGroups = s.evictedGroups
        lastEvaluation = s.lastEvaluation
        nextEvaluation = s.nextEvaluation
        runbook = runbookBase + (definition?.runbookPath ?? "deploy/runbooks/\(s.ruleID).md")
        self.definition = definition.map(RuleDefinitionDocument.init)
    }

    /// The most severe state among groups: alert, then warn, else ok.
    static func worst(_ states: [RuleState]) -> RuleState {
        if states.contains(.alert) { return .alert }
        if states.contains(.warn) { return .warn }
        return .ok
    }
}
