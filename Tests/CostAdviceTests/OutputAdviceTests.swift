import CostAdvice
import Pricing
import ProxyCore
import Testing

@Suite struct OutputAdviceTests {
    /// 100 calls in an hour: 96 produce 200 output tokens, 4 run away to 8,000.
    ///
    /// The 95th percentile falls in the 192..<256 bucket, reported as 256; the proposed cap is the
    /// bucket bound at or above 2 × 256 = 512. Tokens beyond it: 4 × (8,000 − 512) = 29,952, at
    /// 2.50 USD/M = 74,880 µ$ = 74,880,000,000 pico-USD; per 30 days × 720 = $53.9136.
    @Test func runawayOutputs() throws {
        var advisor = CostAdvisor()
        for index in 0..<100 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, user: "Question \(index)", promptTokens: 100,
                    candidates: index % 25 == 0 ? 8_000 : 200, requestBytes: 400
                )
            )
        }
        let advice = advisor.advice(now: Traffic.start + 3_600)
        #expect(advice.map(\.kind) == [.outputCap])
        let item = try #require(advice.first)
        #expect(item.evidence.figure("p95_output_tokens") == 256)
        #expect(item.evidence.figure("proposed_max_output_tokens") == 512)
        #expect(item.evidence.affectedCalls == 4)
        #expect(item.evidence.tokens == 29_952)
        #expect(item.windowSaving == Money(picoUSD: 74_880_000_000))
        #expect(item.monthlySaving.decimalText == "53.9136")
    }

    /// 100 calls in an hour, 20 of them stopped at MAX_TOKENS after 24 candidate and 1,000 thinking
    /// tokens. Their output: 20 × 1,024 × 2.50 USD/M = 51,200 µ$; per 30 days × 720 = $36.864.
    /// Output lengths stay within 2 × p95, so there is no cap advice.
    @Test func maxTokensTruncation() throws {
        var advisor = CostAdvisor()
        for index in 0..<100 {
            let truncated = index % 5 == 0
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, user: "Question \(index)", promptTokens: 100,
                    candidates: truncated ? 24 : 300, thoughts: truncated ? 1_000 : 0,
                    finishReason: truncated ? "MAX_TOKENS" : "STOP", requestBytes: 400
                )
            )
        }
        let advice = advisor.advice(now: Traffic.start + 3_600)
        #expect(advice.map(\.kind) == [.maxTokensTruncation])
        let item = try #require(advice.first)
        #expect(item.evidence.affectedCalls == 20)
        #expect(item.evidence.tokens == 20_480)
        #expect(item.evidence.figure("truncated_share") == 0.2)
        #expect(item.windowSaving == Money(picoUSD: 51_200_000_000))
        #expect(item.monthlySaving.decimalText == "36.864")
        #expect(item.text.contains("20%"))
    }

    /// Two truncated calls in a hundred (2%) stay under the 5% threshold.
    @Test func rareTruncationIsNotAdvised() {
        var advisor = CostAdvisor()
        for index in 0..<100 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, user: "Q\(index)", promptTokens: 100, candidates: 300,
                    finishReason: index < 2 ? "MAX_TOKENS" : "STOP", requestBytes: 400
                )
            )
        }
        #expect(advisor.advice(now: Traffic.start + 3_600).isEmpty)
    }

    /// Fewer calls than the minimum give no output advice, however skewed.
    @Test func tooFewCalls() {
        var advisor = CostAdvisor()
        for index in 0..<10 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index), user: "Q\(index)", promptTokens: 100,
                    candidates: index == 0 ? 9_000 : 100, finishReason: "MAX_TOKENS", requestBytes: 400
                )
            )
        }
        #expect(advisor.advice(now: Traffic.start + 3_600).isEmpty)
    }
}
