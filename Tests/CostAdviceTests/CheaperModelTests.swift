import CostAdvice
import Pricing
import ProxyCore
import Testing

@Suite struct CheaperModelTests {
    static func traffic(quality: Double?, calls: Int = 60) -> CostAdvisor {
        var advisor = CostAdvisor()
        for index in 0..<calls {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 60, model: "gemini-2.5-pro", user: "Review contract \(index)",
                    promptTokens: 1_000, candidates: 500, quality: quality, requestBytes: 4_000
                )
            )
        }
        return advisor
    }

    /// Without quality scores there is no cheaper-model item at all (not a zero).
    @Test func nothingWithoutScores() {
        #expect(CheaperModelTests.traffic(quality: nil).advice(now: Traffic.start + 3_600).isEmpty)
    }

    /// 60 gemini-2.5-pro calls scoring 0.95, each 1,000 prompt and 500 output tokens.
    ///
    /// On 2.5 Pro: 1,000 × 1.25 + 500 × 10.00 = 6,250 µ$; on 2.5 Flash: 1,000 × 0.30 + 500 × 2.50 =
    /// 1,550 µ$. Saving 4,700 µ$ per call, 60 × 4,700 = 282,000 µ$ = $0.282 in the hour;
    /// per 30 days × 720 = $203.04.
    @Test func highScoresSuggestTheNextTier() throws {
        let advice = CheaperModelTests.traffic(quality: 0.95).advice(now: Traffic.start + 3_600)
        #expect(advice.map(\.kind) == [.cheaperModel])
        let item = try #require(advice.first)
        #expect(item.model == "gemini-2.5-pro")
        #expect(item.alternativeModel == "gemini-2.5-flash")
        #expect(item.windowSaving == Money(picoUSD: 60 * 4_700_000_000))
        #expect(item.monthlySaving.decimalText == "203.04")
        #expect(item.evidence.figure("scored_calls") == 60)
        #expect(abs((item.evidence.figure("mean_quality") ?? 0) - 0.95) < 1e-9)
    }

    /// A mean under 0.9, or fewer than 50 scored calls, gives nothing.
    @Test(arguments: [(0.85, 60), (0.95, 49)])
    func thresholds(quality: Double, calls: Int) {
        #expect(CheaperModelTests.traffic(quality: quality, calls: calls).advice(now: Traffic.start + 3_600).isEmpty)
    }

    /// The cheapest rung has nowhere to go.
    @Test func cheapestModelHasNoAdvice() {
        var advisor = CostAdvisor()
        for index in 0..<60 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index), model: "gemini-2.5-flash-lite", user: "Q\(index)",
                    promptTokens: 1_000, candidates: 500, quality: 1, requestBytes: 4_000
                )
            )
        }
        #expect(advisor.advice(now: Traffic.start + 3_600).isEmpty)
    }
}
