import JSON
package import ProxyCore

/// One LLM Observability span of kind `llm`, as the Agent's EVP proxy forwards it to the
/// `llmobs-intake` (datadog.md §4). Identity: `spanID` is the APM span's id; `traceID` is the
/// LLM Observability trace id (its own 128 bits), `apmTraceID` links to the APM trace.
package struct LLMObsSpan: Sendable {
    /// 32 lowercase hex digits.
    package var traceID: String
    package var spanID: UInt64
    /// The LLM Observability parent span; nil for a root (sent as `"undefined"`).
    package var parentID: UInt64?
    package var name: String
    /// Nanoseconds since the Unix epoch.
    package var startNanos: Int64
    package var durationNanos: Int64
    package var sessionID: String?
    package var modelName: String
    package var modelProvider: String
    /// Input and output messages; nil when content is not collected (privacy `none`).
    package var input: [PromptMessage]?
    package var output: [PromptMessage]?
    /// Generation settings (`temperature`, `max_tokens`…), numbers only.
    package var metadata: [(key: String, value: Double)]
    /// Token counts and other numbers (`input_tokens`, `output_tokens`…).
    package var metrics: [(key: String, value: Double)]
    /// `key:value` tags; `ml_app:<name>` among them.
    package var tags: [String]
    /// 32 lowercase hex digits of the APM trace id.
    package var apmTraceID: String
    /// Set for an error span: `meta.error.type` and `meta.error.message`.
    package var error: (type: String, message: String)?

    package init(
        traceID: String, spanID: UInt64, parentID: UInt64?, name: String, startNanos: Int64, durationNanos: Int64,
        sessionID: String?, modelName: String, modelProvider: String, input: [PromptMessage]?, output: [PromptMessage]?,
        metadata: [(key: String, value: Double)], metrics: [(key: String, value: Double)], tags: [String],
        apmTraceID: String, error: (type: String, message: String)?
    ) {
        self.traceID = traceID
        self.spanID = spanID
        self.parentID = parentID
        self.name = name
        self.startNanos = startNanos
        self.durationNanos = durationNanos
        self.sessionID = sessionID
        self.modelName = modelName
        self.modelProvider = modelProvider
        self.input = input
        self.output = output
        self.metadata = metadata
        self.metrics = metrics
        self.tags = tags
        self.apmTraceID = apmTraceID
        self.error = error
    }

    /// The text that replaces input and output of a span over the event size limit.
    package static let droppedValueText = "[This value has been dropped because this span's size exceeds the 5MB size limit.]"
}

extension LLMObsSpan {
    /// One envelope (`{"_dd.stage":"raw",…,"spans":[span]}`) as UTF-8 JSON. When it would exceed
    /// `maxBytes`, input and output are replaced by ``droppedValueText`` and `collection_errors`
    /// says `dropped_io`, as Datadog's tracers do.
    /// - Returns: the bytes and whether input and output were dropped.
    package func encodeEnvelope(tracerVersion: String, maxBytes: Int) -> (bytes: [UInt8], droppedIO: Bool) {
        let full = envelope(tracerVersion: tracerVersion, droppingIO: false)
        if full.utf8.count <= maxBytes { return (Array(full.utf8), false) }
        return (Array(envelope(tracerVersion: tracerVersion, droppingIO: true).utf8), true)
    }

    func envelope(tracerVersion: String, droppingIO: Bool) -> String {
        var out = "{\"_dd.stage\":\"raw\",\"_dd.tracer_version\":" + JSONText.quoted(tracerVersion)
        out += ",\"event_type\":\"span\",\"spans\":[{"
        out += "\"trace_id\":" + JSONText.quoted(traceID)
        out += ",\"span_id\":\"\(spanID)\""
        out += ",\"parent_id\":\"" + (parentID.map { String($0) } ?? "undefined") + "\""
        out += ",\"name\":" + JSONText.quoted(name)
        out += ",\"start_ns\":\(startNanos),\"duration\":\(durationNanos)"
        out += ",\"status\":\"" + (error == nil ? "ok" : "error") + "\""
        if let sessionID { out += ",\"session_id\":" + JSONText.quoted(sessionID) }
        out += ",\"meta\":{\"span\":{\"kind\":\"llm\"}"
        out += ",\"model_name\":" + JSONText.quoted(modelName)
        out += ",\"model_provider\":" + JSONText.quoted(modelProvider)
        if droppingIO {
            let dropped = "{\"value\":" + JSONText.quoted(Self.droppedValueText) + "}"
            out += ",\"input\":" + dropped + ",\"output\":" + dropped
        } else {
            if let input { out += ",\"input\":{\"messages\":" + Self.messagesJSON(input) + "}" }
            if let output { out += ",\"output\":{\"messages\":" + Self.messagesJSON(output) + "}" }
        }
        if !metadata.isEmpty { out += ",\"metadata\":" + Self.numbersJSON(metadata) }
        if let error {
            out += ",\"error\":{\"type\":" + JSONText.quoted(error.type) + ",\"message\":" + JSONText.quoted(error.message) + "}"
        }
        out += "},\"metrics\":" + Self.numbersJSON(metrics)
        out += ",\"tags\":[" + tags.map { JSONText.quoted($0) }.joined(separator: ",") + "]"
        if droppingIO { out += ",\"collection_errors\":[\"dropped_io\"]" }
        out += ",\"_dd\":{\"span_id\":\"\(spanID)\",\"trace_id\":" + JSONText.quoted(traceID)
        out += ",\"apm_trace_id\":" + JSONText.quoted(apmTraceID) + "}"
        out += "}]}"
        return out
    }

    static func messagesJSON(_ messages: [PromptMessage]) -> String {
        var out = "["
        for (index, message) in messages.enumerated() {
            if index > 0 { out += "," }
            out += "{\"role\":" + JSONText.quoted(message.role) + ",\"content\":" + JSONText.quoted(message.content)
            if !message.toolCalls.isEmpty {
                out += ",\"tool_calls\":[" + message.toolCalls.map { call in
                    var item = "{\"name\":" + JSONText.quoted(call.name) + ",\"arguments\":" + call.json
                    if let id = call.id { item += ",\"tool_id\":" + JSONText.quoted(id) }
                    return item + ",\"type\":\"function_call\"}"
                }.joined(separator: ",") + "]"
            }
            if !message.toolResults.isEmpty {
                out += ",\"tool_results\":[" + message.toolResults.map { result in
                    var item = "{\"name\":" + JSONText.quoted(result.name) + ",\"result\":" + JSONText.quoted(result.json)
                    if let id = result.id { item += ",\"tool_id\":" + JSONText.quoted(id) }
                    return item + ",\"type\":\"function_response\"}"
                }.joined(separator: ",") + "]"
            }
            out += "}"
        }
        return out + "]"
    }

    static func numbersJSON(_ pairs: [(key: String, value: Double)]) -> String {
        "{" + pairs.map { JSONText.quoted($0.key) + ":" + JSONText.number($0.value) }.joined(separator: ",") + "}"
    }
}
