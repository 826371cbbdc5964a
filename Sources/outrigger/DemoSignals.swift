import AsyncHTTPClient
import FoundationEssentials
import NIOCore
import ProxyServer

/// The detection-rule signals the demo's traffic raised, read from `GET /v1/signals`.
struct DemoSignals: Decodable {
    var signals: [RuleSignalDocument]

    /// Waits for one rule evaluation (the demo evaluates every second), then reads the signals.
    static func fetch(client: HTTPClient, adminPort: Int) async throws -> DemoSignals {
        try await Task.sleep(for: .milliseconds(1_500))
        let response = try await client.execute(HTTPClientRequest(url: "http://127.0.0.1:\(adminPort)/v1/signals"), timeout: .seconds(5))
        let body = try await response.body.collect(upTo: 4 << 20)
        return try JSONDecoder().decode(DemoSignals.self, from: Data(body.readableBytesView))
    }

    /// A few lines: each signal with its summary, trace ids and runbook.
    func render() -> String {
        guard !signals.isEmpty else { return "Detection rules: no signal (every rule ok)." }
        var lines = ["Detection rules: \(signals.count) signal(s), sent as Datadog events (and to a webhook when configured):"]
        for s in signals.prefix(5) {
            let traces = s.samples.compactMap(\.traceID).prefix(2).joined(separator: ", ")
            lines.append("  [\(s.severity)] \(s.rule) \(s.state) (\(s.group)): \(s.summary)")
            if !traces.isEmpty { lines.append("    sample traces: \(traces)") }
            lines.append("    runbook: \(s.runbook)")
        }
        return lines.joined(separator: "\n")
    }
}
