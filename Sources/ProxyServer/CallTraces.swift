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
        var meta: [String: String] = [
            "span.kind": "server",
            "component": "outrigger",
            "language": "swift",
            "http.method": record.httpMethod,
            "http.url": record.redactedTarget,
            "http.status_code": String(record.status),
            "llm.api": record.dialect.rawValue,
            "llm.operation": record.operation.rawValue,
            "llm.stream": record.isStreamed ? "true" : "false",
            "llm.outcome": record.outcome.rawValue,
            "llm.service": llmService,
            "gen_ai.provider.name": record.dialect == .vertex ? "gcp.vertex_ai" : record.dialect == .geminiAPI ? "gcp.gemini" : "gcp.gen_ai",
            "gen_ai.operation.name": record.operation.isGeneration ? "generate_content" : record.operation.rawValue,
        ]
        if !record.model.isEmpty { meta["gen_ai.request.model"] = record.model }
        if let host = record.upstreamHost { meta["out.host"] = host }
        if !configuration.env.isEmpty { meta["env"] = configuration.env }
        if let version = configuration.version { meta["version"] = version }
        if trace.traceIDHigh != 0 { meta["_dd.p.tid"] = TraceContext.hex16(trace.traceIDHigh) }
        for (key, value) in trace.propagatedTags { meta[key] = value }
        if meta["_dd.p.dm"] == nil { meta["_dd.p.dm"] = record.agentSampleRate != nil ? "-1" : "-0" }
        if let origin = trace.origin { meta["_dd.origin"] = origin }
        var metrics: [String: Double] = ["_dd.top_level": 1]
        if let priority = record.samplingPriority { metrics["_sampling_priority_v1"] = Double(priority) }
        if let rate = record.agentSampleRate { metrics["_dd.agent_psr"] = rate }
        if let response = record.response {
            if let model = response.modelVersion { meta["gen_ai.response.model"] = model }
            if !response.finishReasons.isEmpty {
                meta["gen_ai.response.finish_reasons"] = "[" + response.finishReasons.map { JSONText.quoted($0.lowercased()) }.joined(separator: ",") + "]"
            }
            if let usage = response.usage {
                metrics["gen_ai.usage.input_tokens"] = Double(usage.promptTokens)
                metrics["gen_ai.usage.output_tokens"] = Double(usage.candidatesTokens)
                metrics["llm.tokens.thoughts"] = Double(usage.thoughtsTokens)
                metrics["llm.tokens.cached"] = Double(usage.cachedContentTokens)
                metrics["llm.tokens.total"] = Double(usage.totalTokens)
            }
            if let blocked = response.blockReason { meta["llm.block_reason"] = blocked }
        }
        if let ttfb = record.timeToFirstByte { metrics["llm.time_to_first_byte_ms"] = ttfb.milliseconds }
        if let security = record.security {
            if let score = security.injectionScore { metrics["llm.security.injection_score"] = score }
            meta["llm.security.injection"] = security.isInjection ? "true" : "false"
            if !security.categories.isEmpty { meta["llm.security.categories"] = security.categories.joined(separator: ",") }
            if let reason = security.blockReason { meta["llm.security.blocked"] = reason }
            let pii = security.promptPII.merging(security.responsePII, uniquingKeysWith: +)
            if !pii.isEmpty { meta["llm.security.pii"] = pii.keys.sorted().joined(separator: ",") }
        }
        if let checks = record.checks {
            if let score = checks.qualityScore { metrics["llm.quality.score"] = score }
            for component in checks.qualityComponents {
                metrics["llm.quality." + component.name] = component.value
                if component.value < 1 { meta["llm.quality." + component.name + ".reason"] = component.reason }
            }
            if checks.mentions > 0 {
                metrics["llm.grounding.mentions"] = Double(checks.mentions)
                metrics["llm.grounding.invalid_ids"] = Double(checks.invalidIDs)
                metrics["llm.grounding.name_mismatches"] = Double(checks.nameMismatches)
                metrics["llm.grounding.price_mismatches"] = Double(checks.priceMismatches)
            }
            if checks.noProducts { meta["llm.grounding.no_products"] = "true" }
            if !checks.sampleOffendingIDs.isEmpty { meta["llm.grounding.offending_ids"] = checks.sampleOffendingIDs.joined(separator: ",") }
        }
        if let cost = record.cost {
            meta["llm.cost.basis"] = cost.basis.rawValue
            meta["llm.cost.service_tier"] = cost.serviceTier
            if cost.basis != .unknownModel {
                metrics["llm.cost.total_usd"] = cost.total.dollars
                metrics["llm.cost.input_usd"] = (cost.input + cost.cachedInput).dollars
                metrics["llm.cost.output_usd"] = cost.output.dollars
            }
        }
        let isError = record.outcome.isError && record.outcome != .clientDisconnected
        if isError {
            meta["error.type"] = record.outcome.rawValue
            meta["error.message"] = record.errorMessage
                ?? record.response?.error.map { "\($0.code) \($0.status): \($0.message)" } ?? "HTTP \(record.status)"
        }
        return APMSpan(
            traceID: trace.traceIDLow, spanID: trace.spanID, parentID: trace.parentID, name: "outrigger.request",
            resource: record.model.isEmpty ? "\(record.httpMethod) \(record.operation.rawValue)" : "\(record.operation.rawValue) \(record.model)",
            service: configuration.service, type: "llm", start: Int64(record.startedAt * 1e9),
            duration: record.duration.nanoseconds, error: isError, meta: meta, metrics: metrics
        )
    }
}
