import GeminiWire
import JSON
import MockGemini

/// The part of `/v1/status` the demo prints.
struct DemoStatus: Decodable {
    struct Tokens: Decodable {
        var input: Int
        var output: Int
        var thoughts: Int
        var cached: Int
        var total: Int
    }

    struct Percentiles: Decodable {
        var p50: Double
        var p99: Double
    }

    struct Model: Decodable {
        var dialect: String
        var model: String
        var requests: Int
        var errors: Int
        var streamed: Int
        var tokens: Tokens
        var latency_ms: Percentiles?
        var ttfb_ms: Percentiles?
    }

    struct Totals: Decodable {
        var requests: Int
        var errors: Int
        var streamed: Int
        var unparsed: Int
        var tokens: Tokens
        var latency_ms: Percentiles?
    }

    struct Grounding: Decodable {
        var mentions: Int
        var invalid_ids: Int
        var name_mismatches: Int
        var price_mismatches: Int
    }

    struct RecentCall: Decodable {
        var injection_score: Double?
        var blocked_reason: String?
        var pii: [String: Int]?
        var quality_score: Double?
        var grounding: Grounding?
        var cost_usd: String?
    }

    var totals: Totals
    var by_model: [Model]
    var recent_calls: [RecentCall]
}

/// Renders the demo's closing summary.
enum DemoSummary {
    static func render(_ s: DemoStatus) -> String {
        var lines: [String] = []
        let t = s.totals
        lines.append(
            "Summary: \(t.requests) calls, \(t.errors) errors, \(t.streamed) streamed, \(t.unparsed) unparsed; "
                + "tokens in \(t.tokens.input) / out \(t.tokens.output) / total \(t.tokens.total)"
        )
        lines.append("")
        lines.append(
            pad("dialect", 12) + pad("model", 24) + pad("calls", 7) + pad("errors", 8) + pad("in tok", 8)
                + pad("out tok", 9) + pad("p50 ms", 8) + pad("p99 ms", 8) + "ttfb p50"
        )
        for m in s.by_model {
            lines.append(
                pad(m.dialect, 12) + pad(m.model, 24) + pad("\(m.requests)", 7) + pad("\(m.errors)", 8)
                    + pad("\(m.tokens.input)", 8) + pad("\(m.tokens.output)", 9)
                    + pad(fmt(m.latency_ms?.p50), 8) + pad(fmt(m.latency_ms?.p99), 8) + fmt(m.ttfb_ms?.p50)
            )
        }
        lines.append("")
        lines.append(checksLine(s.recent_calls))
        return lines.joined(separator: "\n")
    }

    /// Guards, grounding and quality over the calls.
    static func checksLine(_ calls: [DemoStatus.RecentCall]) -> String {
        let scored = calls.compactMap(\.injection_score)
        let flagged = scored.filter { $0 >= 0.7 }.count
        let pii = calls.compactMap(\.pii).reduce(0) { $0 + $1.values.reduce(0, +) }
        let grounding = calls.compactMap(\.grounding)
        let mentions = grounding.reduce(0) { $0 + $1.mentions }
        let invalid = grounding.reduce(0) { $0 + $1.invalid_ids }
        let mismatches = grounding.reduce(0) { $0 + $1.name_mismatches + $1.price_mismatches }
        let quality = calls.compactMap(\.quality_score)
        let meanQuality = quality.isEmpty ? nil : quality.reduce(0, +) / Double(quality.count)
        let low = quality.filter { $0 < 0.6 }.count
        return "Guards: \(scored.count) prompts scored, \(flagged) injection attempt(s), \(pii) PII finding(s). "
            + "Grounding: \(mentions) product mentions, \(invalid) not in the catalog, \(mismatches) name/price mismatch(es). "
            + "Quality: mean \(fmt(meanQuality)), \(low) answer(s) below 0.6."
    }

    /// What reached the local Agent stand-in.
    static func renderTelemetry(_ t: MockDatadogAgent.Summary, llmObsToStandIn: Bool) -> String {
        var lines = ["Telemetry received by the local Agent stand-in: \(t.datagrams) DogStatsD datagrams"]
        lines.append("  DogStatsD lines per name (one per tag set and 2 s flush; values are aggregated or packed):")
        for (name, count) in t.linesByName.sorted(by: { $0.key < $1.key }) {
            lines.append("    " + pad(name, 48) + "\(count)")
        }
        if llmObsToStandIn {
            lines.append("  APM: \(t.traceChunks) spans in \(t.tracePayloads) payloads to /v0.4/traces")
            lines.append(
                "  LLM Observability: \(t.llmobsSpans) spans in \(t.llmobsPayloads) requests to /evp_proxy/v2/api/v2/llmobs"
                    + (t.llmobsRejected > 0 ? " (\(t.llmobsRejected) malformed)" : "")
            )
            if let sample = t.sampleSpan { lines += sampleLines(sample) }
        }
        lines.append("Metric names and tags: docs/metrics.md; spans: docs/telemetry.md.")
        return lines.joined(separator: "\n")
    }

    /// What Datadog's test agent accepted.
    static func renderTestAgent(_ r: LocalTestAgent.Received) -> String {
        var lines = ["Datadog's test agent (ddapm-test-agent, checks: \(LocalTestAgent.checks)):"]
        if let error = r.traceError {
            lines.append("  APM: rejected: \(error)")
        } else {
            lines.append("  APM: \(r.apmSpans) spans decoded and validated")
        }
        lines.append("  LLM Observability: \(r.llmobsSpans) spans in \(r.llmobsRequests) EVP requests, \(r.evaluationRequests) evaluation requests")
        if let sample = r.sampleSpan { lines += sampleLines(sample) }
        return lines.joined(separator: "\n")
    }

    /// A few fields of one LLM Observability span (an envelope array or a bare span).
    static func sampleLines(_ json: String) -> [String] {
        guard var span = try? JSONParser.parse(json) else { return [] }
        if let envelope = span[0], let first = envelope["spans"]?[0] { span = first }
        let meta = span["meta"]
        let metrics = span["metrics"]
        let input = meta?["input"]?["messages"]?.arrayValue?.last?["content"]?.stringValue ?? "-"
        let output = meta?["output"]?["messages"]?[0]?["content"]?.stringValue ?? "-"
        func short(_ s: String) -> String {
            let flat = s.split(whereSeparator: \.isNewline).joined(separator: " ")
            return flat.count > 110 ? String(flat.prefix(107)) + "..." : flat
        }
        return [
            "  One LLM Observability span, as sent (privacy: redacted):",
            "    name \(span["name"]?.stringValue ?? "-"), model \(meta?["model_name"]?.stringValue ?? "-"), "
                + "session \(span["session_id"]?.stringValue ?? "-"), trace \(span["trace_id"]?.stringValue ?? "-")",
            "    tokens in \(metrics?["input_tokens"]?.intValue ?? 0) / out \(metrics?["output_tokens"]?.intValue ?? 0)"
                + " / total \(metrics?["total_tokens"]?.intValue ?? 0)",
            "    input  \(short(input))",
            "    output \(short(output))",
        ]
    }

    static func fmt(_ v: Double?) -> String {
        guard let v else { return "-" }
        let tenths = Int((v * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
