import CostAdvice
import Testing

@Suite struct InsightFactCheckTests {
    static let facts = #"""
        {"requests":12480,"error_rate":0.042,"forecast_hours":24,"cost_forecast_usd":18.375,
         "advice":[{"kind":"cheaper_model","model":"gemini-2.5-pro","monthly_saving_usd":96.714}],
         "rules":[{"rule":"hallucination","state":"warn","value":0.031,"threshold":0.02}]}
        """#

    @Test(arguments: [
        "Spend over the next 24 hours is forecast at $18.38; moving gemini-2.5-pro traffic to a cheaper model saves $96.71 a month.",
        "Errors are at 4.2% of 12,480 requests, and the hallucination rule warns at 0.031 against 0.02.",
        "Errors: 0.042 of requests; forecast 18.375 USD; saving about $97 a month.",
        "Traffic from us-central1 on gemini-2.0-flash-001 is healthy.",
    ])
    func figuresFromTheFactsPass(text: String) {
        #expect(InsightFactCheck(facts: Self.facts).unsupported(in: text) == [])
    }

    @Test func inventedFiguresAreNamed() {
        let check = InsightFactCheck(facts: Self.facts)
        #expect(check.unsupported(in: "Switching saves $250 a month and cuts errors by 3.5%.") == ["250", "3.5"])
        #expect(check.unsupported(in: "The forecast is $18.4, up -7 from yesterday.") == ["7"])
        #expect(check.unsupported(in: "Costs fell 3x since 12,000 requests.") == ["3", "12,000"])
    }

    @Test func roundingOnlyToThePrecisionShown() {
        let check = InsightFactCheck(facts: #"{"saving":96.714}"#)
        #expect(check.unsupported(in: "96.7") == [])
        #expect(check.unsupported(in: "96.8") == ["96.8"])
        #expect(check.unsupported(in: "95") == ["95"])
    }
}
