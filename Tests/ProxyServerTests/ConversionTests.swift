import AsyncHTTPClient
import DatadogExport
import GeminiWire
import JSON
import NIOCore
import NIOHTTP1
import ProxyCore
import ProxyTesting
import Testing

/// Per-session spend from proxied calls, and `POST /v1/conversions` on the admin port.
@Suite("Sessions and conversions", .timeLimit(.minutes(1)))
struct ConversionTests {
    static let path = "/v1beta/models/gemini-2.5-flash:generateContent"
    static let vertexPath = "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent"

    static func convert(_ h: ProxyHarness, _ body: String) async throws -> (status: Int, json: JSONValue) {
        var request = HTTPClientRequest(url: h.adminBase + "/v1/conversions")
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await h.fetch(request)
        return (response.status, try JSONParser.parse(response.body))
    }

    static func money(_ text: String?) throws -> Money {
        // "0.000012345" → pico-dollars, exactly.
        let text = try #require(text)
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = try #require(Int64(parts[0]))
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let picos = try #require(Int64((fraction + String(repeating: "0", count: 12)).prefix(12)))
        return Money(picoUSD: whole * Money.picosPerDollar + picos)
    }

    @Test func aConversionCreditsTheSessionsSpendOnceAndBadPayloadsChangeNothing() async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: capture.port), flushInterval: .milliseconds(50))
        try await ProxyHarness.run(dogStatsD: statsd) { h in
            for _ in 0..<2 {
                _ = try await h.fetch(h.post(h.proxyBase + Self.path, body: TransparencyTests.prompt, headers: [("x-session-id", "s1")]))
            }
            // A Vertex request names its session in labels instead of the header.
            _ = try await h.fetch(h.post(h.proxyBase + Self.vertexPath, body: #"{"contents":[{"role":"user","parts":[{"text":"hi"}]}],"labels":{"session_id":"s2"}}"#))
            let status = try await h.status(waitingFor: 3)
            #expect(status["sessions"]?["sessions"]?["tracked"]?.intValue == 2)
            let calls = status["recent_calls"]?.arrayValue ?? []
            let s1Spend = try calls.prefix(2).reduce(Money.zero) { $0 + (try Self.money($1["cost_usd"]?.stringValue)) }
            let allSpend = try calls.reduce(Money.zero) { $0 + (try Self.money($1["cost_usd"]?.stringValue)) }

            for bad in [
                #"{"order_id":"o1","value_usd":1}"#, "not json", #"[1]"#, #"{"session_id":"s1","order_id":"o1","value_usd":-5}"#,
                #"{"session_id":"s1","order_id":"","value_usd":1}"#, #"{"session_id":"s1","order_id":"o1","value_usd":"ten"}"#,
            ] {
                let (code, json) = try await Self.convert(h, bad)
                #expect(code == 400, "\(bad)")
                #expect((json["error"]?["message"]?.stringValue ?? "").count > 10, "a clear message for \(bad)")
            }
            var after = try await h.status(waitingFor: 3)
            #expect(after["sessions"]?["conversions"]?["all"]?["conversions"]?.intValue == 0, "bad payloads change nothing")

            let (code, json) = try await Self.convert(h, #"{"session_id":"s1","order_id":"o1","value_usd":12.34}"#)
            #expect(code == 201)
            #expect(json["status"]?.stringValue == "recorded")
            #expect(try Self.money(json["credited_spend_usd"]?.stringValue) == s1Spend)
            let (again, duplicate) = try await Self.convert(h, #"{"session_id":"s1","order_id":"o1","value_usd":12.34}"#)
            #expect(again == 200 && duplicate["status"]?.stringValue == "duplicate")

            after = try await h.status(waitingFor: 3)
            let all = after["sessions"]?["conversions"]?["all"]
            #expect(all?["conversions"]?.intValue == 1, "a duplicate order counts once")
            #expect(all?["revenue_usd"]?.stringValue.flatMap { try? Self.money($0) } == Money(picoUSD: 12_340_000_000_000))
            // The plan's definition: all spend (s2's too, which never bought) ÷ conversions.
            #expect(try Self.money(after["sessions"]?["conversions"]?["1h"]?["cost_per_conversion_usd"]?.stringValue) == allSpend)
            #expect(try Self.money(after["sessions"]?["conversions"]?["1h"]?["converted_spend_usd"]?.stringValue) == s1Spend)
            #expect(try Self.money(after["sessions"]?["conversions"]?["1h"]?["spend_usd"]?.stringValue) == allSpend)

            let lines = try await capture.wait { $0.contains { $0.hasPrefix("llm.cost_per_conversion:") } }
            #expect(lines.contains { $0.hasPrefix("llm.session.converted:1|c|") })
            let gauge = try #require(lines.first { $0.hasPrefix("llm.cost_per_conversion:") && $0.contains("window:1h") })
            #expect(gauge.contains("|g|"))
            #expect(Double(gauge.dropFirst("llm.cost_per_conversion:".count).prefix { $0 != "|" }) == allSpend.dollars)
            #expect(!lines.contains { $0.contains(":s1") || $0.contains(",s1") }, "session ids are never tags")
        }
        try await capture.stop()
    }
}
