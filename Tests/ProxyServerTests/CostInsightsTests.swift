import AsyncHTTPClient
import GeminiWire
import JSON
import MockGemini
import ProxyConfig
import ProxyTesting
import Testing

/// `GET /v1/insights/cost` on traffic whose right answer is known.
@Suite("Cost insights", .timeLimit(.minutes(1)))
struct CostInsightsTests {
    /// A system instruction of about 20 KB: a product catalog sent with every question.
    static let catalog: String = {
        var lines: [String] = []
        for i in 0..<400 { lines.append("PRD\(String(format7: i)) Handmade ceramic mug, 350 ml, glazed, item \(i): $\(12 + i % 30).99") }
        return "You are the shop assistant. Catalog:\\n" + lines.joined(separator: "\\n")
    }()

    @Test func aRepeatedCatalogPrefixGivesContextCachingAdvice() async throws {
        try await ProxyHarness.run() { h in
            let empty = try JSONParser.parse(try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/insights/cost")).body)
            #expect(empty["advice"]?.arrayValue?.isEmpty == true, "no traffic, no advice")
            #expect(empty["cost_forecast_24h_usd"]?.isNull == true, "no forecast before an hour of data, never a zero")

            for i in 0..<30 {
                let body = #"{"systemInstruction":{"parts":[{"text":"\#(Self.catalog)"}]},"contents":[{"role":"user","parts":[{"text":"Question \#(i): which mug is best for tea?"}]}]}"#
                let response = try await h.fetch(h.post(h.proxyBase + "/v1beta/models/gemini-2.5-flash:generateContent", body: body))
                #expect(response.status == 200)
            }
            _ = try await h.status(waitingFor: 30)
            // The status store and the cost insights are separate sinks: wait until the insights saw all 30.
            var document = JSONValue.null
            for _ in 0..<50 {
                document = try JSONParser.parse(try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/insights/cost")).body)
                let calls = document["advice"]?.arrayValue?.first { $0["kind"]?.stringValue == "context_caching" }?["evidence"]?["affected_calls"]?.intValue
                if calls == 29 { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            let advice = try #require(document["advice"]?.arrayValue)
            let caching = try #require(advice.first { $0["kind"]?.stringValue == "context_caching" }, "\(advice.map { $0["kind"]?.stringValue ?? "" })")
            #expect(caching["model"]?.stringValue == "gemini-2.5-flash")
            #expect(caching["dialect"]?.stringValue == "gemini_api")
            #expect(caching["evidence"]?["affected_calls"]?.intValue == 29, "30 sends of one prefix: 29 could be served from a cache")
            #expect((caching["monthly_saving_usd"]?.doubleValue ?? 0) > 0)
            #expect((caching["text"]?.stringValue ?? "").isEmpty == false)
        }
    }
}

@Suite("Cost summary written by Gemini (opt-in)", .timeLimit(.minutes(1)))
struct AdviceSummaryTests {
    @Test func offByDefault() async throws {
        try await ProxyHarness.run() { h in
            let document = try JSONParser.parse(try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/insights/cost")).body)
            #expect(document["summary"] == nil)
        }
    }

    @Test func whenOnTheSummaryComesFromTheUpstreamAndIsReused() async throws {
        try await ProxyHarness.run(configure: { $0.insights.summary = true }) { h in
            let first = try JSONParser.parse(try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/insights/cost")).body)
            let text = try #require(first["summary"]?["text"]?.stringValue, "\(first)")
            #expect(!text.isEmpty)
            #expect(first["summary"]?["model"]?.stringValue == "gemini-2.5-flash")
            #expect(first["summary"]?["cached"]?.boolValue == false)
            #expect(first["advice"]?.arrayValue != nil, "the computed advice is still there")
            let second = try JSONParser.parse(try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/insights/cost")).body)
            #expect(second["summary"]?["cached"]?.boolValue == true)
            #expect(second["summary"]?["text"]?.stringValue == text)
        }
    }

    @Test func anUpstreamErrorIsReportedNotHidden() async throws {
        try await ProxyHarness.run(behavior: try .init().applying("error_rate=1,error_status=503"), configure: { $0.insights.summary = true }) { h in
            let document = try JSONParser.parse(try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/insights/cost")).body)
            #expect(document["summary"]?.isNull == true)
            #expect(document["summary_error"]?.stringValue?.contains("503") == true, "\(document)")
        }
    }
}

extension String {
    /// `i` as seven digits.
    fileprivate init(format7 i: Int) {
        let digits = String(i)
        self = String(repeating: "0", count: 7 - digits.count) + digits
    }
}
