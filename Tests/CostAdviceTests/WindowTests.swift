import CostAdvice
import Pricing
import ProxyCore
import Testing

@Suite struct WindowTests {
    /// Duplicated prompts through 26 hours of a 24-hour window: just after the window turns, advice
    /// comes from the complete previous window (86,400 s); an hour later, from the new one.
    @Test func windowsRotate() throws {
        var advisor = CostAdvisor()
        for index in 0..<(26 * 60) {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 60, user: "Same", promptTokens: 100, candidates: 200,
                    requestBytes: 400)
            )
        }
        let justAfter = try #require(advisor.advice(now: Traffic.start + 24.5 * 3_600).first)
        #expect(justAfter.windowSeconds == 86_400)
        #expect(justAfter.evidence.affectedCalls == 24 * 60 - 1)
        let later = try #require(advisor.advice(now: Traffic.start + 26 * 3_600).first)
        #expect(later.windowSeconds == 7_200)
        #expect(later.evidence.affectedCalls == 2 * 60 - 1)
        #expect(advisor.footprint.windows == 2)
    }

    /// A whole idle window drops the old data.
    @Test func idleWindowIsForgotten() {
        var advisor = CostAdvisor()
        for index in 0..<10 {
            advisor.observe(
                Traffic.call(at: Traffic.start + Double(index), user: "Same", promptTokens: 100, requestBytes: 400))
        }
        advisor.observe(
            Traffic.call(at: Traffic.start + 3 * 86_400, user: "Other", promptTokens: 100, requestBytes: 400))
        #expect(advisor.footprint.windows == 1)
        #expect(advisor.advice(now: Traffic.start + 3 * 86_400 + 60).isEmpty)
    }

    /// No observations, no advice.
    @Test func empty() {
        #expect(CostAdvisor().advice(now: Traffic.start).isEmpty)
    }
}
