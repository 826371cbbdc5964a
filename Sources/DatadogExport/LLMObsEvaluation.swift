import JSON
import ProxyCore

/// One evaluation metric joined to an LLM Observability span (datadog.md §4, "Evaluations"):
/// an injection score, a grounding verdict, a quality score.
package struct LLMObsEvaluation: Sendable {
    /// The value, which also picks `metric_type`.
    package enum Value: Sendable, Equatable {
        case score(Double)
        case categorical(String)
        case boolean(Bool)
    }

    /// The metric's name; `.` is not allowed and is replaced by `_`.
    package var label: String
    package var value: Value
    /// The span it describes: the APM span id and the LLM Observability trace id (32 hex).
    package var spanID: UInt64
    package var traceID: String
    package var mlApp: String
    package var timestampMillis: Int64
    package var tags: [String]
    /// `pass` or `fail`, when the evaluation has a verdict.
    package var assessment: String?
    package var reasoning: String?

    package init(
        label: String, value: Value, spanID: UInt64, traceID: String, mlApp: String, timestampMillis: Int64,
        tags: [String] = [], assessment: String? = nil, reasoning: String? = nil
    ) {
        self.label = label
        self.value = value
        self.spanID = spanID
        self.traceID = traceID
        self.mlApp = mlApp
        self.timestampMillis = timestampMillis
        self.tags = tags
        self.assessment = assessment
        self.reasoning = reasoning
    }

    /// One element of `data.attributes.metrics`.
    package var metricJSON: String {
        var out = "{\"event_kind\":\"evaluation\",\"eval_scope\":\"span\""
        out += ",\"join_on\":{\"span\":{\"span_id\":\"\(spanID)\",\"trace_id\":" + JSONWriter.quoted(traceID) + "}}"
        out += ",\"label\":" + JSONWriter.quoted(label.replacingDots())
        switch value {
        case .score(let score): out += ",\"metric_type\":\"score\",\"score_value\":" + JSONWriter.number(score)
        case .categorical(let category): out += ",\"metric_type\":\"categorical\",\"categorical_value\":" + JSONWriter.quoted(category)
        case .boolean(let flag): out += ",\"metric_type\":\"boolean\",\"boolean_value\":" + (flag ? "true" : "false")
        }
        out += ",\"ml_app\":" + JSONWriter.quoted(mlApp) + ",\"timestamp_ms\":\(timestampMillis)"
        out += ",\"tags\":[" + (tags + ["ml_app:" + mlApp]).map { JSONWriter.quoted($0) }.joined(separator: ",") + "]"
        if let assessment { out += ",\"assessment\":" + JSONWriter.quoted(assessment) }
        if let reasoning { out += ",\"reasoning\":" + JSONWriter.quoted(reasoning) }
        return out + "}"
    }

    /// The request body for a batch of metrics (already encoded with ``metricJSON``).
    package static func body(metrics: [String]) -> String {
        "{\"data\":{\"type\":\"evaluation_metric\",\"attributes\":{\"metrics\":[" + metrics.joined(separator: ",") + "]}}}"
    }
}

extension String {
    fileprivate func replacingDots() -> String {
        contains(".") ? String(map { $0 == "." ? "_" : $0 }) : self
    }
}
