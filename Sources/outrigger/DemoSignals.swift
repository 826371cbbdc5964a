import AsyncHTTPClient
import JSON
import NIOCore

/// The detection-rule signals the demo's traffic raised, read from `GET /v1/signals`
/// (``RuleSignalDocument`` as JSON).
struct DemoSignals {
    var signals: [JSONValue]

    /// Waits for one rule evaluation (the demo evaluates every second), then reads the signals.
    static func fetch(client: HTTPClient, adminPort: Int) async throws -> DemoSignals {
        try await Task.sleep(for: .milliseconds(1_500))
        let response = try await client.execute(HTTPClientRequest(url: "http://127.0.0.1:\(adminPort)/v1/signals"), timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 4 << 20)
        let document = try body.withUnsafeReadableBytes { try JSONParser.parse($0) }
        return DemoSignals(signals: document["signals"]?.arrayValue ?? [])
    }

    /// A few lines: each signal with its summary, trace ids and runbook.
    func render() -> String {
        guard !signals.isEmpty else { return "Detection rules: no signal (every rule ok)." }
        var lines = ["Detection rules: \(signals.count) signal(s), sent as Datadog events (and to a webhook when configured):"]
        for s in signals.prefix(5) {
            func text(_ key: String) -> String { s[key]?.stringValue ?? "-" }
            let traces = (s["samples"]?.arrayValue ?? []).compactMap { $0["trace_id"]?.stringValue }.prefix(2).joined(separator: ", ")
            lines.append("  [\(text("severity"))] \(text("rule")) \(text("state")) (\(text("group"))): \(text("summary"))")
            if !traces.isEmpty { lines.append("    sample traces: \(traces)") }
            lines.append("    runbook: \(text("runbook"))")
        }
        return lines.joined(separator: "\n")
    }
}
