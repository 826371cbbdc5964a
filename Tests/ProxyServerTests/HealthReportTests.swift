import AsyncHTTPClient
import CostAdvice
import DatadogExport
import JSON
import MockGemini
import ProxyConfig
import ProxyTesting
import Testing

/// The Gemini health report (`insights.report_interval`): facts go to Gemini (mock-gemini here),
/// a reply whose every number comes from the facts is published as a Datadog event and at
/// `GET /v1/insights`; a reply that invents one is refused.
@Suite struct HealthReportTests {
    static let path = "/v1beta/models/gemini-2.0-flash:generateContent"

    /// The first report with `outcome` whose facts count at least `requests` calls.
    static func report(_ h: ProxyHarness, until outcome: String, requests: Int = 0) async throws -> JSONValue {
        for _ in 0..<200 {
            let document = try JSONParser.parse(try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/insights")).body)
            let facts = document["facts"]?.stringValue.flatMap { try? JSONParser.parse(Array($0.utf8)) }
            if document["outcome"]?.stringValue == outcome, facts?["requests"]?.intValue ?? 0 >= requests { return document }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("no report with outcome \(outcome) and \(requests) requests")
        return .null
    }

    @Test func aReplyBuiltFromTheFactsIsPublished() async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: capture.port), flushInterval: .milliseconds(50))
        try await ProxyHarness.run(dogStatsD: statsd, configure: { $0.insights.reportInterval = .milliseconds(500) }) { h in
            for _ in 0..<3 { _ = try await h.fetch(h.post(h.proxyBase + Self.path, body: TransparencyTests.prompt)) }
            _ = try await h.status(waitingFor: 3)
            let report = try await Self.report(h, until: "published", requests: 3)
            let summary = try #require(report["summary"]?.stringValue)
            let facts = try #require(report["facts"]?.stringValue)
            #expect(summary.contains("requests"))
            #expect(InsightFactCheck(facts: facts).unsupported(in: summary) == [])
            #expect((report["cost_usd"]?.doubleValue ?? 0) > 0, "the report's own call is priced")
            let lines = try await capture.wait { $0.contains { $0.contains("LLM health report") } }
            #expect(lines.contains { $0.hasPrefix("_e{") && $0.contains("insights:health_report") })
            _ = try await capture.wait { $0.contains { $0.hasPrefix("outrigger.insights.reports:1|c") && $0.contains("outcome:published") } }
        }
        try await capture.stop()
    }

    @Test func aReplyThatInventsANumberIsRefused() async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: capture.port), flushInterval: .milliseconds(50))
        try await ProxyHarness.run(
            behavior: try .init().applying("invent_number=true"), dogStatsD: statsd,
            configure: { $0.insights.reportInterval = .milliseconds(500) }
        ) { h in
            let report = try await Self.report(h, until: "rejected")
            #expect(report["summary"]?.isNull != false)
            #expect(report["unsupported_numbers"]?.arrayValue?.compactMap(\.stringValue) == ["4817.23"])
            _ = try await capture.wait { $0.contains { $0.contains("outcome:rejected") } }
            #expect(!capture.lines.contains { $0.contains("LLM health report") })
        }
        try await capture.stop()
    }

    @Test func withoutCredentialsForGoogleThereIsNoCallAndItSaysSo() async throws {
        try await ProxyHarness.run(
            upstream: "https://generativelanguage.googleapis.com", configure: { $0.insights.reportInterval = .milliseconds(200) }
        ) { h in
            let report = try JSONParser.parse(try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/insights")).body)
            // "pending" before the first cycle, "disabled" after it; never a call.
            #expect(["pending", "disabled"].contains(report["outcome"]?.stringValue ?? ""), "\(report)")
            #expect(report["detail"]?.stringValue?.contains("GEMINI_API_KEY") == true, "\(report)")
        }
    }
}
