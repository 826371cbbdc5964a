import AsyncHTTPClient
import DatadogExport
import JSON
import Ledger
import ProxyCore
import ProxyConfig
import ProxyTesting
import Testing

/// Cost per conversion across a fleet, as the owners' plan defines it: all LLM spend ÷ successful
/// checkouts. Two proxies (two LLM pods) spend; conversions are posted to one of them only (the
/// checkout calls one Service). The ratio built from both pods' DogStatsD metrics, as a Datadog
/// query sums them, equals the hand computation from both pods' own records.
@Suite struct FleetCostPerConversionTests {
    @Test func theFleetRatioComesFromEveryPodsSpendAndTheConversionsPostedAnywhere() async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: capture.port), flushInterval: .milliseconds(50))
        try await ProxyHarness.run(dogStatsD: statsd, configure: { $0.serviceName = "chatbotservice" }) { chatbot in
            try await ProxyHarness.run(dogStatsD: statsd, configure: { $0.serviceName = "shoppingassistantservice" }) { assistant in
                // The chatbot serves a buying session and a session that never buys; the assistant
                // serves a bot with no session at all.
                for (pod, session, count) in [(chatbot, "s-buyer", 2), (chatbot, "s-browser", 1), (assistant, nil, 3)] {
                    for _ in 0..<count {
                        let headers = session.map { [("x-session-id", $0)] } ?? []
                        _ = try await pod.fetch(pod.post(pod.proxyBase + ConversionTests.path, body: TransparencyTests.prompt, headers: headers))
                    }
                }
                let chatbotCalls = try await chatbot.status(waitingFor: 3)["recent_calls"]?.arrayValue ?? []
                let assistantCalls = try await assistant.status(waitingFor: 3)["recent_calls"]?.arrayValue ?? []
                let spend = try (chatbotCalls + assistantCalls).reduce(Money.zero) {
                    $0 + (try ConversionTests.money($1["cost_usd"]?.stringValue))
                }
                #expect(spend > .zero)
                // Two orders, both posted to the chatbot's Outrigger.
                for order in ["o-1", "o-2"] {
                    let (code, _) = try await ConversionTests.convert(
                        chatbot, #"{"session_id":"s-buyer","order_id":"\#(order)","value_usd":20}"#
                    )
                    #expect(code == 201)
                }
                let handRatio = spend.dollars / 2

                /// The values of one DogStatsD line; distributions come packed (`name:v1:v2|d|…`).
                func values(_ line: String) -> [Double] {
                    line.prefix { $0 != "|" }.split(separator: ":").dropFirst().compactMap { Double($0) }
                }
                func total(_ lines: [String], _ name: String) -> (sum: Double, count: Int) {
                    let all = lines.filter { $0.hasPrefix(name + ":") }.flatMap(values)
                    return (all.reduce(0, +), all.count)
                }
                let lines = try await capture.wait(timeout: .seconds(10)) { lines in
                    total(lines, "llm.tokens.total_cost_usd").count >= 6 && total(lines, "llm.session.converted").sum >= 2
                }
                let costLines = lines.filter { $0.hasPrefix("llm.tokens.total_cost_usd:") }
                #expect(Set(costLines.compactMap { $0.split(separator: "#").last?.split(separator: ",").first { $0.hasPrefix("llm_service:") } })
                    == ["llm_service:chatbotservice", "llm_service:shoppingassistantservice"])
                let metricSpend = total(lines, "llm.tokens.total_cost_usd").sum
                #expect(total(lines, "llm.tokens.total_cost_usd").count == 6, "one value per billed call")
                let conversions = total(lines, "llm.session.converted").sum
                #expect(conversions == 2)
                #expect(abs(metricSpend / conversions - handRatio) < 1e-12, "fleet ratio \(metricSpend / conversions) vs \(handRatio)")

                // The pod that took the orders cannot see the other pod's spend: its own ratio is
                // its spend ÷ the fleet's conversions, and the two pods' ratios add up to the fleet's.
                let chatbotSpend = try chatbotCalls.reduce(Money.zero) { $0 + (try ConversionTests.money($1["cost_usd"]?.stringValue)) }
                let status = try await chatbot.status(waitingFor: 3)
                #expect(try ConversionTests.money(status["sessions"]?["conversions"]?["1h"]?["cost_per_conversion_usd"]?.stringValue)
                    == chatbotSpend.divided(by: 2))
            }
        }
        try await capture.stop()
    }
}
