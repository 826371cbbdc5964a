import DatadogExport
import JSON
import ProxyCore
import UpstreamClient

/// Turns each traced call into one APM span: OpenTelemetry GenAI attributes plus `llm.*` tags,
/// continuing the caller's trace. Sent to the Agent by the ``TraceWriter``.
struct CallTraces: CallRecordSink {
    let writer: TraceWriter
    /// The `llm_service` tag: the calling service's name, from `service_name`.
    let llmService: String

    func record(_ record: CallRecord) {
        guard let trace = record.trace else { return }
        writer.enqueue(Self.span(for: record, trace: trace, configuration: writer.configuration, llmService: llmService))
    }

    static func span(for record: CallRecord, trace: TraceContext, configuration: TraceWriterConfiguration, llmService: String) -> APMSpan {
        var tags = SpanTags()
        tags.addRequest(record, llmService: llmService)
        tags.addTrace(trace, record: record, configuration: configuration)
        if let response = record.response { tags.addResponse(response) }
        if let ttfb = record.timeToFirstByte { tags.metrics["llm.time_to_first_byte_ms"] = ttfb.milliseconds }
        if let security = record.security { tags.addSecurity(security) }
        if let checks = record.checks { tags.addChecks(checks) }
        if let cost = record.cost { tags.addCost(cost) }
        let isError = record.outcome.isError && record.outcome != .clientDisconnected
        if isError {
            tags.meta["error.type"] = record.outcome.rawValue
            tags.meta["error.message"] = record.errorMessage
                ?? record.response?.error.map { "\($0.code) \($0.status): \($0.message)" } ?? "HTTP \(record.status)"
        }
        return APMSpan(
            traceID: trace.traceIDLow, spanID: trace.spanID, parentID: trace.parentID, name: "outrigger.request",
            resource: record.model.isEmpty ? "\(record.httpMethod) \(record.operation.rawValue)" : "\(record.operation.rawValue) \(record.model)",
            service: configuration.service, type: "llm", start: Int64(record.startedAt * 1e9),
            duration: record.duration.nanoseconds, error: isError, meta: tags.meta, metrics: tags.metrics
        )
    }
}
