import GeminiWire
import JSON
import MockGemini

/// Renders the demo's closing summary.
enum DemoSummary {
    /// `/v1/status` (``StatusReport``) as a few lines: totals, a row per model, the checks.
    static func render(_ s: JSONValue) -> String {
        var lines: [String] = []
        let t = s["totals"]
        func int(_ v: JSONValue?) -> Int { v?.intValue ?? 0 }
        lines.append(
            "Summary: \(int(t?["requests"])) calls, \(int(t?["errors"])) errors, \(int(t?["streamed"])) streamed, "
                + "\(int(t?["unparsed"])) unparsed; tokens in \(int(t?["tokens"]?["input"])) / out \(int(t?["tokens"]?["output"]))"
                + " / total \(int(t?["tokens"]?["total"]))"
        )
        lines.append("")
        lines.append(
            pad("dialect", 12) + pad("model", 24) + pad("calls", 7) + pad("errors", 8) + pad("in tok", 8)
                + pad("out tok", 9) + pad("p50 ms", 8) + pad("p99 ms", 8) + "ttfb p50"
        )
        for m in s["by_model"]?.arrayValue ?? [] {
            lines.append(
                pad(m["dialect"]?.stringValue ?? "-", 12) + pad(m["model"]?.stringValue ?? "-", 24) + pad("\(int(m["requests"]))", 7)
                    + pad("\(int(m["errors"]))", 8) + pad("\(int(m["tokens"]?["input"]))", 8) + pad("\(int(m["tokens"]?["output"]))", 9)
                    + pad(fmt(m["latency_ms"]?["p50"]?.doubleValue), 8) + pad(fmt(m["latency_ms"]?["p99"]?.doubleValue), 8)
                    + fmt(m["ttfb_ms"]?["p50"]?.doubleValue)
            )
        }
        lines.append("")
        lines.append(checksLine(s["recent_calls"]?.arrayValue ?? []))
        return lines.joined(separator: "\n")
    }

    /// Guards, grounding and quality over the calls (`recent_calls` of `/v1/status`).
    static func checksLine(_ calls: [JSONValue]) -> String {
        let scored = calls.compactMap { $0["injection_score"]?.doubleValue }
        let flagged = scored.filter { $0 >= 0.7 }.count
        let pii = calls.compactMap { $0["pii"]?.objectValue }.reduce(0) { $0 + $1.reduce(0) { $0 + ($1.value.intValue ?? 0) } }
        let grounding = calls.compactMap { $0["grounding"] }
        func sum(_ key: String) -> Int { grounding.reduce(0) { $0 + ($1[key]?.intValue ?? 0) } }
        let quality = calls.compactMap { $0["quality_score"]?.doubleValue }
        let meanQuality = quality.isEmpty ? nil : quality.reduce(0, +) / Double(quality.count)
        let low = quality.filter { $0 < 0.6 }.count
        return "Guards: \(scored.count) prompts scored, \(flagged) injection attempt(s), \(pii) PII finding(s). "
            + "Grounding: \(sum("mentions")) product mentions, \(sum("invalid_ids")) not in the catalog, "
            + "\(sum("name_mismatches") + sum("price_mismatches")) name/price mismatch(es). "
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
