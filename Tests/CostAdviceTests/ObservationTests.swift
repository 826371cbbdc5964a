import CostAdvice
import Pricing
import ProxyCore
import Testing

@Suite struct ObservationTests {
    /// A call record carries everything the advisor needs.
    @Test func fromCallRecord() {
        var response = ResponseSummary()
        response.text = "Yes, in stock."
        response.finishReasons = ["MAX_TOKENS"]
        var usage = TokenUsage()
        usage.promptTokens = 10
        usage.candidatesTokens = 4
        usage.totalTokens = 14
        response.usage = usage
        var record = CallRecord(
            id: "1", startedAt: Traffic.start, dialect: .vertex, operation: .generateContent,
            model: "gemini-2.0-flash-001", apiVersion: "v1", streamFormat: .unary, status: 200, outcome: .ok,
            duration: .milliseconds(5), timeToFirstByte: nil, requestBytes: 321, responseBytes: 99,
            requestUnparsed: false, response: response, errorMessage: nil
        )
        var prompt = PromptSummary()
        prompt.messages = [PromptMessage(role: "user", content: "In stock?")]
        record.prompt = prompt
        let cost = PriceTable.default.cost(of: usage, model: record.model, dialect: record.dialect)
        let observation = CostObservation(record: record, cost: cost, qualityScore: 0.5)
        #expect(observation.time == Traffic.start)
        #expect(observation.dialect == .vertex)
        #expect(observation.usage == usage)
        #expect(observation.finishReasons == ["MAX_TOKENS"])
        #expect(observation.responseTextLength == 14)
        #expect(observation.requestBytes == 321)
        #expect(observation.prompt == prompt)
        #expect(observation.qualityScore == 0.5)
    }

    /// From the cost the pricing stage recorded: the same usage and total; nothing for unbilled calls.
    @Test func fromRecordedCost() throws {
        var response = ResponseSummary()
        var usage = TokenUsage()
        usage.promptTokens = 1_000
        usage.candidatesTokens = 100
        usage.totalTokens = 1_100
        response.usage = usage
        var record = CallRecord(
            id: "2", startedAt: Traffic.start, dialect: .geminiAPI, operation: .generateContent,
            model: "models/gemini-2.5-flash", apiVersion: "v1beta", streamFormat: .sse, status: 200, outcome: .ok,
            duration: .milliseconds(5), timeToFirstByte: nil, requestBytes: 4_000, responseBytes: 500,
            requestUnparsed: false, response: response, errorMessage: nil
        )
        #expect(CostObservation(record: record, prices: .default) == nil)
        record.cost = PriceTable.default.cost(of: record)
        let observation = try #require(CostObservation(record: record, prices: .default))
        #expect(observation.model == "gemini-2.5-flash")
        #expect(observation.usage == usage)
        // 1,000 × 0.30 + 100 × 2.50 = 300 + 250 µ$.
        #expect(observation.cost.total == Money(picoUSD: 550_000_000))
        #expect(observation.cost.total == record.cost?.total)
    }
}
