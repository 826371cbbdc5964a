import CostAdvice
import Pricing
import ProxyCore
import Testing

@Suite struct BoundedMemoryTests {
    /// 1,000,000 distinct prompts over 1,000 model names, with one prompt repeated every 1,000th
    /// call: every table stays within its capacity, and the repeated prompt survives the churn with
    /// its exact repeat count.
    @Test func millionDistinctPrompts() throws {
        var advisor = CostAdvisor()
        var usage = TokenUsage()
        usage.promptTokens = 10
        usage.candidatesTokens = 10
        usage.totalTokens = 20
        let cost = PriceTable.default.cost(of: usage, model: "gemini-2.5-flash", dialect: .geminiAPI)
        var prompt = PromptSummary()
        prompt.messages = [PromptMessage(role: "user", content: "")]
        for index in 0..<1_000_000 {
            let repeated = index % 1_000 == 0
            prompt.messages[0].content = repeated ? "the usual question" : "question \(index)"
            advisor.observe(
                CostObservation(
                    time: Traffic.start + Double(index) / 100,
                    dialect: .geminiAPI,
                    model: repeated ? "gemini-2.5-flash" : "tenant-\(index % 1_000)-model",
                    usage: usage,
                    cost: cost,
                    prompt: prompt,
                    requestBytes: 100
                )
            )
        }
        let footprint = advisor.footprint
        let configuration = CostAdvisor.Configuration.default
        #expect(footprint.windows == 1)
        #expect(footprint.calls == 1_000_000)
        #expect(footprint.promptEntries <= configuration.promptCapacity)
        #expect(footprint.promptEntries > configuration.promptCapacity / 2)
        #expect(footprint.modelEntries <= configuration.modelCapacity)
        #expect(footprint.prefixEntries == 0)
        #expect(footprint.evictedEntries > 900_000)

        // 1,000 sends of the usual question: 999 repeats of a 20-token call.
        let item = try #require(advisor.advice(now: Traffic.start + 10_000).first { $0.kind == .responseCaching })
        #expect(item.model == "gemini-2.5-flash")
        #expect(item.evidence.affectedCalls == 999)
        #expect(item.windowSaving == Money(picoUSD: 999 * cost.total.picoUSD))
    }

    /// 30,000 distinct prompts above 1 KB fill the prefix table, which stays within its capacity.
    @Test func distinctLongPrompts() {
        var configuration = CostAdvisor.Configuration.default
        configuration.prefixCapacity = 1_024
        var advisor = CostAdvisor(configuration: configuration)
        let filler = String(repeating: "lorem ipsum ", count: 100)
        for index in 0..<30_000 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index), user: "\(index) " + filler, promptTokens: 300,
                    requestBytes: 1_400)
            )
        }
        let footprint = advisor.footprint
        #expect(footprint.prefixEntries <= 1_024)
        #expect(footprint.prefixEntries > 512)
        #expect(footprint.promptEntries <= configuration.promptCapacity)
    }
}
