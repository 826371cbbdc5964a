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
        if full.count <= maxBytes { return (full, false) }
        return (envelope(tracerVersion: tracerVersion, droppingIO: true), true)
    }

    func envelope(tracerVersion: String, droppingIO: Bool) -> [UInt8] {
        var json = JSONWriter(capacity: 2048)
        json.object { json in
            json.field("_dd.stage", "raw")
            json.field("_dd.tracer_version", tracerVersion)
            json.field("event_type", "span")
            json.key("spans")
            json.array { json in json.object { json in writeSpan(into: &json, droppingIO: droppingIO) } }
        }
        return json.bytes
    }

    private func writeSpan(into json: inout JSONWriter, droppingIO: Bool) {
        json.field("trace_id", traceID)
        json.field("span_id", String(spanID))
        json.field("parent_id", parentID.map { String($0) } ?? "undefined")
        json.field("name", name)
        json.key("start_ns"); json.number(startNanos)
        json.key("duration"); json.number(durationNanos)
        json.field("status", error == nil ? "ok" : "error")
        if let sessionID { json.field("session_id", sessionID) }
        json.key("meta")
        json.object { json in writeMeta(into: &json, droppingIO: droppingIO) }
        json.key("metrics")
        Self.writeNumbers(metrics, into: &json)
        json.key("tags")
        json.array { json in for tag in tags { json.string(tag) } }
        if droppingIO {
            json.key("collection_errors")
            json.array { json in json.string("dropped_io") }
        }
        json.key("_dd")
        json.object { json in
            json.field("span_id", String(spanID))
            json.field("trace_id", traceID)
            json.field("apm_trace_id", apmTraceID)
        }
    }

    private func writeMeta(into json: inout JSONWriter, droppingIO: Bool) {
        json.key("span")
        json.object { json in json.field("kind", "llm") }
        json.field("model_name", modelName)
        json.field("model_provider", modelProvider)
        if droppingIO {
            for name in ["input", "output"] {
                json.key(name)
                json.object { json in json.field("value", Self.droppedValueText) }
            }
        } else {
            for (name, messages) in [("input", input), ("output", output)] {
                guard let messages else { continue }
                json.key(name)
                json.object { json in
                    json.key("messages")
                    Self.writeMessages(messages, into: &json)
                }
            }
        }
        if !metadata.isEmpty {
            json.key("metadata")
            Self.writeNumbers(metadata, into: &json)
        }
        if let error {
            json.key("error")
            json.object { json in
                json.field("type", error.type)
                json.field("message", error.message)
            }
        }
    }

    static func writeMessages(_ messages: [PromptMessage], into json: inout JSONWriter) {
        json.array { json in
            for message in messages {
                json.object { json in
                    json.field("role", message.role)
                    json.field("content", message.content)
                    if !message.toolCalls.isEmpty {
                        json.key("tool_calls")
                        json.array { json in
                            for call in message.toolCalls {
                                json.object { json in
                                    json.field("name", call.name)
                                    json.key("arguments"); json.raw(call.json)
                                    if let id = call.id { json.field("tool_id", id) }
                                    json.field("type", "function_call")
                                }
                            }
                        }
                    }
                    if !message.toolResults.isEmpty {
                        json.key("tool_results")
                        json.array { json in
                            for result in message.toolResults {
                                json.object { json in
                                    json.field("name", result.name)
                                    json.field("result", result.json)
                                    if let id = result.id { json.field("tool_id", id) }
                                    json.field("type", "function_response")
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func writeNumbers(_ pairs: [(key: String, value: Double)], into json: inout JSONWriter) {
        json.object { json in for pair in pairs { json.field(pair.key, pair.value) } }
    }
}
