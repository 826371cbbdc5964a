import CostAdvice
import Pricing
import ProxyCore
import Testing

@Suite struct ResponseCachingTests {
    /// 10 prompts, each sent 5 times, over one hour: 50 calls, 40 of them repeats.
    ///
    /// Each call: 100 prompt tokens × 0.30 + 200 output tokens × 2.50 USD/M = 30 + 500 = 530 µ$
    /// (530,000,000 pico-USD). The 40 repeats cost 40 × 530 µ$ = $0.0212 = 21,200,000,000 pico-USD.
    /// Per 30 days: × 2,592,000 ÷ 3,600 = × 720 = $15.264.
    @Test func duplicatedPrompts() throws {
        var advisor = CostAdvisor()
        for index in 0..<50 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 72,
                    user: "What are your opening hours? (variant \(index % 10))",
                    promptTokens: 100, candidates: 200, requestBytes: 400
                )
            )
        }
        let advice = advisor.advice(now: Traffic.start + 3_600)
        #expect(advice.count == 1)
        let item = try #require(advice.first)
        #expect(item.kind == .responseCaching)
        #expect(item.windowSaving == Money(picoUSD: 40 * 530_000_000))
        #expect(item.monthlySaving == Money(picoUSD: 21_200_000_000 * 720))
        #expect(item.monthlySaving.decimalText == "15.264")
        #expect(item.evidence.calls == 50)
        #expect(item.evidence.affectedCalls == 40)
        #expect(item.evidence.figure("prompts") == 10)
        #expect(item.evidence.tokens == 40 * 300)
    }

    /// The same text with a different temperature is a different request.
    @Test func settingsArePartOfThePrompt() {
        var advisor = CostAdvisor()
        for index in 0..<20 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 60, user: "Same question", promptTokens: 100,
                    temperature: Double(index) / 10, requestBytes: 400
                )
            )
        }
        #expect(advisor.advice(now: Traffic.start + 3_600).isEmpty)
    }

    /// The same prompt to two models counts per model.
    @Test func perModel() {
        var advisor = CostAdvisor()
        for (index, model) in ["gemini-2.5-flash", "gemini-2.0-flash"].enumerated() {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index), model: model, user: "Hi", promptTokens: 10, requestBytes: 100))
        }
        #expect(advisor.advice(now: Traffic.start + 3_600).isEmpty)
    }
}
