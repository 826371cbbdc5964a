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

    /// A proxy whose health report goes to Vertex AI (project `v-commerce`) every 300 ms, with
    /// tokens from `metadata`; mock-gemini wants `Bearer <bearer>` when one is given.
    static func onVertex(
        _ metadata: MetadataServerStub, bearer: String? = nil, location: String = "", _ body: (ProxyHarness) async throws -> Void
    ) async throws {
        try await metadata.run { metadataBase in
            try await ProxyHarness.run(
                behavior: try .init().applying(bearer.map { "bearer=" + $0 } ?? ""),
                configure: {
                    $0.insights.reportInterval = .milliseconds(300)
                    $0.insights.vertexProject = "v-commerce"
                    $0.insights.vertexLocation = location
                    $0.insights.metadataURL = metadataBase
                }, body
            )
        }
    }

    /// Vertex AI with the pod's Workload Identity: the token comes from the metadata server, goes
    /// out as a bearer token (mock-gemini answers 401 without it), and is reused while valid.
    @Test func onVertexTheReportUsesTheWorkloadIdentityToken() async throws {
        let metadata = MetadataServerStub(token: "ya29.pod-token")
        try await Self.onVertex(metadata, bearer: "ya29.pod-token", location: "europe-west4") { h in
            let first = try await Self.report(h, until: "published")
            #expect(first["summary"]?.stringValue?.isEmpty == false)
            var second = first
            for _ in 0..<50 where second["generated_at"] == first["generated_at"] {
                try await Task.sleep(for: .milliseconds(100))
                second = try await Self.report(h, until: "published")
            }
            #expect(second["generated_at"] != first["generated_at"], "a second report")
            #expect(metadata.tokensServed == 1, "the token is reused until it nears expiry")
        }
    }

    /// In a Kubernetes pod with no key and no project configured, the project comes from the
    /// metadata server too, as Google's SDKs find it: nothing to set but Workload Identity.
    @Test func inAPodTheProjectComesFromTheMetadataServer() async throws {
        let metadata = MetadataServerStub(token: "ya29.pod-token")
        try await metadata.run { metadataBase in
            try await ProxyHarness.run(
                behavior: try .init().applying("bearer=ya29.pod-token"),
                environment: ["KUBERNETES_SERVICE_HOST": "10.0.0.1", "GCE_METADATA_HOST": String(metadataBase.dropFirst("http://".count))],
                configure: { $0.insights.reportInterval = .milliseconds(300) }
            ) { h in
                let report = try await Self.report(h, until: "published")
                #expect(report["summary"]?.stringValue?.isEmpty == false)
                #expect(metadata.projectsServed == 1 && metadata.tokensServed == 1)
            }
        }
    }

    /// Without a token (metadata server refusing), the report fails with the reason and what to check.
    @Test func onVertexWithoutATokenTheReportSaysWhatToCheck() async throws {
        try await Self.onVertex(MetadataServerStub(failStatus: 404)) { h in
            let report = try await Self.report(h, until: "failed")
            let detail = report["detail"]?.stringValue ?? ""
            #expect(detail.contains("metadata server") && detail.contains("HTTP 404") && detail.contains("Workload Identity"), "\(detail)")
        }
    }

    /// The mock enforces the bearer knob: a Vertex call with a token it does not expect gets 401,
    /// so the test above cannot pass without the token reaching the upstream.
    @Test func aWrongTokenIsRefusedByTheMock() async throws {
        try await Self.onVertex(MetadataServerStub(token: "ya29.other"), bearer: "ya29.pod-token") { h in
            let report = try await Self.report(h, until: "failed")
            #expect(report["detail"]?.stringValue?.contains("401") == true, "\(report)")
        }
    }
}
