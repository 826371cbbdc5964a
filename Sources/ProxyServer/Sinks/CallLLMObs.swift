import DatadogExport
import ProxyConfig
import ProxyCore

/// Turns each generation call into one LLM Observability span of kind `llm`: model, provider,
/// token counts, messages under the privacy policy, the session id, linked to the APM span.
struct CallLLMObs: CallRecordSink {
    let writer: LLMObsWriter
    let content: MessageContentPolicy
    /// The `llm_service` tag: the calling service's name, from `service_name`.
    let llmService: String
    /// Unified service tags (`service`, `env`, `version`).
    let service: String
    let env: String
    let version: String?

    func record(_ record: CallRecord) {
        guard record.operation.isGeneration, let trace = record.trace else { return }
        let span = span(for: record, trace: trace, newTraceID: Self.randomTraceID(nowSeconds: UInt64(record.startedAt)))
        writer.enqueue(span)
        let mlApp = trace.llmobsMLApp ?? writer.configuration.mlApp  // as span(for:) chose it
        let timestamp = Int64(record.startedAt * 1000) + record.duration.nanoseconds / 1_000_000
        if let checks = record.checks {
            if let quality = checks.qualityScore {
                let low = checks.qualityComponents.filter { $0.value < 1 }.map { "\($0.name): \($0.reason)" }
                writer.enqueue(
                    LLMObsEvaluation(
                        label: "response_quality", value: .score(quality), spanID: span.spanID, traceID: span.traceID, mlApp: mlApp,
                        timestampMillis: timestamp, tags: ["llm_service:" + llmService, "detector:outrigger"],
                        reasoning: low.isEmpty ? nil : low.joined(separator: "; ")
                    )
                )
            }
            if checks.mentions > 0 || checks.noProducts {
                let issues = checks.invalidIDs + checks.nameMismatches + checks.priceMismatches + (checks.noProducts ? 1 : 0)
                writer.enqueue(
                    LLMObsEvaluation(
                        label: "product_grounding", value: .categorical(issues == 0 ? "grounded" : checks.invalidIDs > 0 ? "hallucinated_product" : "mismatch"),
                        spanID: span.spanID, traceID: span.traceID, mlApp: mlApp, timestampMillis: timestamp,
                        tags: ["llm_service:" + llmService, "detector:outrigger"], assessment: issues == 0 ? "pass" : "fail",
                        reasoning: "\(checks.mentions) product mentions, \(checks.invalidIDs) not in the catalog, "
                            + "\(checks.nameMismatches) name and \(checks.priceMismatches) price mismatches"
                            + (checks.noProducts ? ", recommendation without a product" : "")
                    )
                )
            }
        }
        if let security = record.security, let score = security.injectionScore {
            // The injection score joins the span as an evaluation.
            writer.enqueue(
                LLMObsEvaluation(
                    label: "prompt_injection", value: .score(score), spanID: span.spanID, traceID: span.traceID,
                    mlApp: mlApp, timestampMillis: timestamp,
                    tags: ["llm_service:" + llmService, "detector:outrigger"] + security.categories.map { "category:" + $0 },
                    assessment: security.isInjection ? "fail" : "pass",
                    reasoning: security.evidence.isEmpty || content.privacy == .none
                        ? nil : content.redact(security.evidence.joined(separator: "; "))
                )
            )
        }
    }

    func span(for record: CallRecord, trace: TraceContext, newTraceID: String) -> LLMObsSpan {
        let mlApp = trace.llmobsMLApp ?? writer.configuration.mlApp
        let isError = record.outcome.isError && record.outcome != .clientDisconnected
        var tags = [
            "ml_app:" + mlApp, "service:" + service, "llm_service:" + llmService, "source:integration",
            "integration:outrigger", "api:" + record.dialect.rawValue, "error:" + (isError ? "1" : "0"),
        ]
        if !env.isEmpty { tags.append("env:" + env) }
        if let version { tags.append("version:" + version) }
        if let session = record.sessionID { tags.append("session_id:" + session) }

        var metadata: [(key: String, value: Double)] = []
        if let prompt = record.prompt {
            if let value = prompt.temperature { metadata.append(("temperature", value)) }
            if let value = prompt.maxOutputTokens { metadata.append(("max_tokens", Double(value))) }
            if let value = prompt.topP { metadata.append(("top_p", value)) }
            if let value = prompt.topK { metadata.append(("top_k", value)) }
            if let value = prompt.candidateCount { metadata.append(("candidate_count", Double(value))) }
        }
        var metrics: [(key: String, value: Double)] = []
        if let usage = record.response?.usage {
            metrics.append(("input_tokens", Double(usage.promptTokens)))
            metrics.append(("output_tokens", Double(usage.candidatesTokens + usage.thoughtsTokens)))
            metrics.append(("total_tokens", Double(usage.totalTokens)))
            if usage.cachedContentTokens > 0 { metrics.append(("cache_read_input_tokens", Double(usage.cachedContentTokens))) }
            if usage.thoughtsTokens > 0 { metrics.append(("reasoning_output_tokens", Double(usage.thoughtsTokens))) }
        }
        var output: [PromptMessage]?
        if let response = record.response, response.error == nil, response.chunkCount > 0 {
            output = content.apply([PromptMessage(role: "assistant", content: response.text, toolCalls: response.toolCalls)])
        }
        var error: (type: String, message: String)?
        if isError {
            let message = record.errorMessage
                ?? record.response?.error.map { "\($0.code) \($0.status): \($0.message)" } ?? "HTTP \(record.status)"
            error = (record.outcome.rawValue, content.privacy == .full ? message : content.redact(message))
        }
        return LLMObsSpan(
            traceID: trace.llmobsTraceIDHex ?? newTraceID, spanID: trace.spanID, parentID: trace.llmobsParentID,
            name: record.dialect.rawValue + "." + record.operation.rawValue, startNanos: Int64(record.startedAt * 1e9),
            durationNanos: record.duration.nanoseconds, sessionID: record.sessionID,
            modelName: record.model.isEmpty ? (record.response?.modelVersion ?? "unknown") : record.model,
            modelProvider: "google", input: record.prompt.flatMap { content.apply($0.messages) }, output: output,
            metadata: metadata, metrics: metrics, tags: tags, apmTraceID: trace.traceIDHex, error: error
        )
    }

    /// A fresh LLM Observability trace id in the 128-bit form Datadog's tracers use: 32 bits of
    /// Unix seconds, 32 zero bits, 64 random bits.
    static func randomTraceID(nowSeconds: UInt64) -> String {
        TraceContext.hex16((nowSeconds & 0xFFFF_FFFF) << 32) + TraceContext.hex16(UInt64.random(in: 1...UInt64.max))
    }
}
