import Pricing
import ProxyCore
import Testing

@Suite struct UsageEstimateTests {
    /// Prompt = body bytes ÷ 4 and output = characters ÷ 4, both rounded up.
    @Test(arguments: [
        (4_000, String(repeating: "a", count: 400), 0, 1_000, 100, 0),
        (4_001, String(repeating: "a", count: 401), 0, 1_001, 101, 0),
        (1, "a", 10, 1, 1, 3),
        (0, "", 0, 0, 0, 0),
        (-10, "", -10, 0, 0, 0),
        (8, "日本語", 0, 2, 1, 0),
        (8, "é🙂", 0, 2, 1, 0),
    ])
    func heuristic(bytes: Int, text: String, thoughtCharacters: Int, prompt: Int, candidates: Int, thoughts: Int) {
        let estimate = UsageEstimate.abortedStream(
            requestBodyBytes: bytes, responseText: text, thoughtCharacters: thoughtCharacters)
        #expect(estimate.isEstimated)
        #expect(estimate.usage.promptTokens == prompt)
        #expect(estimate.usage.candidatesTokens == candidates)
        #expect(estimate.usage.thoughtsTokens == thoughts)
        #expect(estimate.usage.cachedContentTokens == 0)
        #expect(estimate.usage.totalTokens == prompt + candidates + thoughts)
        #expect(estimate.usage.trafficType == nil)
    }

    /// Counts from a running usage block win for the prompt; output takes the larger figure.
    @Test func seenUsageTakesPrecedence() {
        let seen = TokenUsage.make(
            prompt: 900, cached: 100, candidates: 150, thoughts: 2, toolUse: 7, trafficType: "ON_DEMAND")
        let estimate = UsageEstimate.abortedStream(
            requestBodyBytes: 4_000,
            responseText: String(repeating: "a", count: 400),
            thoughtCharacters: 40,
            seen: seen
        )
        #expect(estimate.usage.promptTokens == 900)
        #expect(estimate.usage.cachedContentTokens == 100)
        #expect(estimate.usage.toolUsePromptTokens == 7)
        #expect(estimate.usage.candidatesTokens == 150)
        #expect(estimate.usage.thoughtsTokens == 10)
        #expect(estimate.usage.totalTokens == 900 + 150 + 10 + 7)
        #expect(estimate.usage.trafficType == "ON_DEMAND")
    }

    /// Vertex's intermediate chunks carry only `trafficType`; it still decides the multiplier.
    @Test func trafficTypeOnlyUsage() {
        var seen = TokenUsage()
        seen.trafficType = "ON_DEMAND_FLEX"
        let estimate = UsageEstimate.abortedStream(requestBodyBytes: 4_000, responseText: "abcd", seen: seen)
        #expect(estimate.usage.promptTokens == 1_000)
        #expect(estimate.usage.candidatesTokens == 1)
        // 1,000 × 0.30 / 2 = 150 µ$; 1 × 2.50 / 2 = 1.25 µ$.
        let cost = PriceTable.default.cost(of: estimate, model: "gemini-2.5-flash", dialect: .vertex)
        #expect(cost.serviceTier == .flex)
        #expect(cost.total == Money(picoUSD: 150_000_000 + 1_250_000))
        #expect(cost.flags == .estimated)
    }

    @Test(arguments: [
        ("gemini-2.5-flash", CostFlags.estimated, Int64(550_000_000)),
        ("gemini-9", CostFlags([.estimated, .costUnknown]), 0),
    ])
    func costCarriesTheEstimateFlag(model: String, flags: CostFlags, total: Int64) {
        // 4,000 bytes → 1,000 prompt tokens × 0.30 = 300 µ$; 400 characters → 100 tokens × 2.50 = 250 µ$.
        let estimate = UsageEstimate.abortedStream(
            requestBodyBytes: 4_000, responseText: String(repeating: "x", count: 400))
        let cost = PriceTable.default.cost(of: estimate, model: model, dialect: .geminiAPI)
        #expect(cost.flags == flags)
        #expect(cost.isEstimated)
        #expect(cost.total == Money(picoUSD: total))
        #expect(cost.flags.names.first == "estimated")
    }

    @Test func reportedUsageIsNotAnEstimate() {
        let reported = UsageEstimate.reported(.make(prompt: 1_000, candidates: 100))
        let cost = PriceTable.default.cost(of: reported, model: "gemini-2.5-flash", dialect: .vertex)
        #expect(!cost.isEstimated)
        #expect(cost.total == Money(picoUSD: 550_000_000))
    }
}
