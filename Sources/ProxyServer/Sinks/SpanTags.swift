import DatadogExport
import JSON
import ProxyCore

/// An APM span's string tags (`meta`) and numeric tags (`metrics`), filled group by group:
/// OpenTelemetry GenAI attributes plus Outrigger's `llm.*` tags (docs/telemetry.md).
struct SpanTags {
    var meta: [String: String] = [:]
    var metrics: [String: Double] = ["_dd.top_level": 1]

    /// The HTTP request and the call's route.
    mutating func addRequest(_ record: CallRecord, llmService: String) {
        meta["span.kind"] = "server"
        meta["component"] = "outrigger"
        meta["language"] = "swift"
        meta["http.method"] = record.httpMethod
        meta["http.url"] = record.redactedTarget
        meta["http.status_code"] = String(record.status)
        meta["llm.api"] = record.dialect.rawValue
        meta["llm.operation"] = record.operation.rawValue
        meta["llm.stream"] = record.isStreamed ? "true" : "false"
        meta["llm.outcome"] = record.outcome.rawValue
        meta["llm.service"] = llmService
        meta["gen_ai.provider.name"] = record.dialect == .vertex ? "gcp.vertex_ai" : record.dialect == .geminiAPI ? "gcp.gemini" : "gcp.gen_ai"
        meta["gen_ai.operation.name"] = record.operation.isGeneration ? "generate_content" : record.operation.rawValue
        if !record.model.isEmpty { meta["gen_ai.request.model"] = record.model }
        if let host = record.upstreamHost { meta["out.host"] = host }
        if let grpcStatus = record.grpcStatus {
            meta["rpc.system"] = "grpc"
            meta["rpc.grpc.status_code"] = String(grpcStatus)
        }
    }

    /// Unified service tagging, the propagated trace tags and the sampling decision.
    mutating func addTrace(_ trace: TraceContext, record: CallRecord, configuration: TraceWriterConfiguration) {
        if !configuration.env.isEmpty { meta["env"] = configuration.env }
        if let version = configuration.version { meta["version"] = version }
        if trace.traceIDHigh != 0 { meta["_dd.p.tid"] = TraceContext.hex16(trace.traceIDHigh) }
        for (key, value) in trace.propagatedTags { meta[key] = value }
        if meta["_dd.p.dm"] == nil { meta["_dd.p.dm"] = record.agentSampleRate != nil ? "-1" : "-0" }
        if let origin = trace.origin { meta["_dd.origin"] = origin }
        if let priority = record.samplingPriority { metrics["_sampling_priority_v1"] = Double(priority) }
        if let rate = record.agentSampleRate { metrics["_dd.agent_psr"] = rate }
    }

    /// The answer: model version, finish reasons, token usage, a blocked prompt.
    mutating func addResponse(_ response: ResponseSummary) {
        if let model = response.modelVersion { meta["gen_ai.response.model"] = model }
        if !response.finishReasons.isEmpty {
            meta["gen_ai.response.finish_reasons"] = "[" + response.finishReasons.map { JSONWriter.quoted($0.lowercased()) }.joined(separator: ",") + "]"
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

    /// Injection score and categories, a block, and the kinds of personal data seen.
    mutating func addSecurity(_ security: SecurityFindings) {
        if let score = security.injectionScore { metrics["llm.security.injection_score"] = score }
        meta["llm.security.injection"] = security.isInjection ? "true" : "false"
        if !security.categories.isEmpty { meta["llm.security.categories"] = security.categories.joined(separator: ",") }
        if let reason = security.blockReason { meta["llm.security.blocked"] = reason }
        let pii = security.promptPII.merging(security.responsePII, uniquingKeysWith: +)
        if !pii.isEmpty { meta["llm.security.pii"] = pii.keys.sorted().joined(separator: ",") }
    }

    /// The quality score with its components, and the grounding counts.
    mutating func addChecks(_ checks: ResponseChecks) {
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

    /// The call's cost and how it was priced.
    mutating func addCost(_ cost: CallCost) {
        meta["llm.cost.basis"] = cost.basis.rawValue
        meta["llm.cost.service_tier"] = cost.serviceTier
        if cost.basis != .unknownModel {
            metrics["llm.cost.total_usd"] = cost.total.dollars
            metrics["llm.cost.input_usd"] = (cost.input + cost.cachedInput).dollars
            metrics["llm.cost.output_usd"] = cost.output.dollars
        }
    }
}
