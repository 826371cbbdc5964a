import DatadogExport
import GeminiWire
import JSON
import MockGemini
import Pricing
import ProxyConfig
import ProxyCore
import ProxyTesting
import Testing

/// Every billed call carries its exact cost from the price table: in metrics, spans and status.
@Suite("Cost of calls", .timeLimit(.minutes(1)))
struct CostTests {
    static func usage(of body: [UInt8], dialect: Dialect, format: StreamFormat) throws -> TokenUsage {
        var decoder = ResponseDecoder(dialect: dialect, format: format, contentEncoding: nil)
        decoder.feed(body)
        return try #require(decoder.finish().usage)
    }

    @Test(arguments: [
        ("/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", Dialect.geminiAPI, StreamFormat.sse, "gemini-2.5-flash"),
        ("/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001:generateContent", .vertex, .unary, "gemini-2.0-flash"),
    ])
    func theCostMetricAndStatusEqualThePriceTable(path: String, dialect: Dialect, format: StreamFormat, priced: String) async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: capture.port), flushInterval: .milliseconds(50))
        try await ProxyHarness.run(dogStatsD: statsd) { h in
            let direct = try await h.fetch(h.post(h.mockBase + path, body: TransparencyTests.prompt))
            let usage = try Self.usage(of: direct.body, dialect: dialect, format: format)
            let expected = PriceTable.default.cost(of: usage, model: priced, dialect: dialect)
            #expect(!expected.isCostUnknown && expected.total > .zero)

            _ = try await h.fetch(h.post(h.proxyBase + path, body: TransparencyTests.prompt))
            let call = try await h.lastCall(count: 1)
            #expect(call["cost_usd"]?.stringValue == expected.total.decimalText)
            #expect(call["cost_basis"]?.stringValue == "reported")
            let status = try await h.status(waitingFor: 1)
            #expect(status["totals"]?["cost_usd"]?.stringValue == expected.total.decimalText)

            let lines = try await capture.wait { $0.contains { $0.hasPrefix("llm.tokens.total_cost_usd:") } }
            let line = try #require(lines.first { $0.hasPrefix("llm.tokens.total_cost_usd:") })
            #expect(line.contains("|d|#") && line.contains("cost_basis:reported"))
            let value = try #require(Double(line.dropFirst("llm.tokens.total_cost_usd:".count).prefix { $0 != "|" }))
            #expect(value == expected.total.dollars)
        }
        try await capture.stop()
    }

    @Test func anUnpricedModelIsCountedAndWarnedOnceNeverPricedAtZero() async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: capture.port), flushInterval: .milliseconds(50))
        try await ProxyHarness.run(dogStatsD: statsd) { h in
            let path = "/v1beta/models/gemini-9-ultra:generateContent"
            for _ in 0..<3 { _ = try await h.fetch(h.post(h.proxyBase + path, body: TransparencyTests.prompt)) }
            let call = try await h.lastCall(count: 3)
            #expect(call["cost_basis"]?.stringValue == "unknown_model")
            #expect(call["cost_usd"] == nil || call["cost_usd"]?.isNull == true)
            let status = try await h.status(waitingFor: 3)
            #expect(status["totals"]?["cost_unknown_calls"]?.intValue == 3)
            // Counts may span flushes: their sum is what the Agent sees.
            func unknownCount(_ lines: [String]) -> Int {
                lines.filter { $0.hasPrefix("llm.request.cost_unknown:") }
                    .compactMap { Int($0.dropFirst("llm.request.cost_unknown:".count).prefix { $0 != "|" }) }.reduce(0, +)
            }
            let lines = try await capture.wait { unknownCount($0) >= 3 }
            #expect(unknownCount(lines) == 3)
            #expect(!lines.contains { $0.hasPrefix("llm.tokens.total_cost_usd:") })
            #expect(h.logs.all.filter { $0.contains("no price for this model") }.count == 1)
        }
        try await capture.stop()
    }

    @Test func aStreamBrokenBeforeItsUsageIsStillBilledAsAnEstimate() async throws {
        try await ProxyHarness.run(behavior: try .init().applying("midstream_error=true,chunks=4")) { h in
            let path = "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
            _ = try await h.fetch(h.post(h.proxyBase + path, body: TransparencyTests.prompt))
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "stream_error")
            #expect(call["cost_basis"]?.stringValue == "estimated")
            let cost = try #require(call["cost_usd"]?.stringValue.flatMap(Double.init))
            #expect(cost > 0)
        }
    }

    @Test func callsGoogleDoesNotBillCostNothing() async throws {
        try await ProxyHarness.run() { h in
            _ = try await h.fetch(h.post(h.proxyBase + "/v1beta/models/gemini-2.5-flash:countTokens", body: TransparencyTests.prompt))
            _ = try await h.fetch(
                h.post(h.proxyBase + "/v1beta/models/gemini-2.5-flash:generateContent", body: TransparencyTests.prompt, headers: [("x-mock-behavior", "error_rate=1,error_status=429")])
            )
            let status = try await h.status(waitingFor: 2)
            #expect(status["totals"]?["cost_usd"]?.stringValue == Money.zero.decimalText)
            for call in status["recent_calls"]?.arrayValue ?? [] { #expect(call["cost_basis"] == nil || call["cost_basis"]?.isNull == true) }
        }
    }
}
