import CostAdvice
import Pricing
import ProxyCore
import Testing

@Suite struct CostAdviceJSONTests {
    /// The duplicated-prompt scenario of ``ResponseCachingTests/duplicatedPrompts()``, in full.
    @Test func responseCachingDocument() {
        var advisor = CostAdvisor()
        for index in 0..<50 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 72, user: "Opening hours? (variant \(index % 10))",
                    promptTokens: 100, candidates: 200, requestBytes: 400
                )
            )
        }
        let json = CostAdviceJSON.encode(
            advisor.advice(now: Traffic.start + 3_600), forecast24h: Money(picoUSD: 12_500_000_000_000))
        let expected =
            #"{"cost_forecast_24h_usd":12.5,"cost_forecast_24h_usd_exact":"12.50","#
            + #""advice":[{"kind":"response_caching","#
            + #""model":"gemini-2.5-flash","dialect":"gemini_api","monthly_saving_usd":15.264,"#
            + #""monthly_saving_usd_exact":"15.264","window_saving_usd_exact":"0.0212","window_seconds":3600,"#
            + #""alternative_model":null,"#
            + #""evidence":{"calls":50,"affected_calls":40,"tokens":12000,"repeats":40,"prompts":10},"#
            + #""text":"40 of 50 gemini-2.5-flash calls repeated one of 10 earlier prompts word for word "#
            + #"with the same settings; a response cache would have answered them for nothing, "#
            + #"where reusing an answer is acceptable."}]}"#
        #expect(json == expected)
    }

    /// No advice and no forecast still make a valid document.
    @Test func empty() {
        #expect(
            CostAdviceJSON.encode([])
                == #"{"cost_forecast_24h_usd":null,"cost_forecast_24h_usd_exact":null,"advice":[]}"#)
    }

    /// Items are ordered by monthly saving, largest first, and encoding is deterministic.
    @Test func orderAndDeterminism() {
        var advisor = CostAdvisor()
        let catalog = Traffic.catalog(bytes: 20_000)
        for index in 0..<200 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, system: catalog, user: "Question \(index)?",
                    promptTokens: 5_100, requestBytes: 20_400
                )
            )
        }
        let advice = advisor.advice(now: Traffic.start + 7_200)
        #expect(advice.map(\.kind) == [.catalogInPrompt, .contextCaching])
        #expect(CostAdviceJSON.encode(advice) == CostAdviceJSON.encode(advisor.advice(now: Traffic.start + 7_200)))
        #expect(CostAdviceJSON.encode(advice).contains(#""kind":"context_caching","model":"gemini-2.5-flash""#))
    }
}
