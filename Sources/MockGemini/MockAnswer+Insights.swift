import JSON

extension MockAnswer {
    /// The answer to Outrigger's own health-report call (the `x-outrigger-insights` header): a
    /// summary that quotes the facts' figures as given, so the fact check passes; with
    /// `invent_number=true` it adds a saving the facts never mention, so the check must refuse it.
    static func insight(request: JSONValue, inventNumber: Bool) -> MockAnswer {
        let factsText = request["contents"]?[0]?["parts"]?[0]?["text"]?.stringValue ?? "{}"
        let facts = try? JSONParser.parse(Array(factsText.utf8))
        let requests = facts?["requests"]?.numberText ?? "no"
        let errors = facts?["errors"]?.numberText ?? "no"
        var text = "Outrigger saw \(requests) requests with \(errors) errors."
        if let forecast = facts?["cost"]?["cost_forecast_24h_usd"]?.numberText {
            text += " Spend over the next \(facts?["forecast_hours"]?.numberText ?? "24") hours is forecast at $\(forecast)."
        }
        if let advice = facts?["cost"]?["advice"]?[0], let saving = advice["monthly_saving_usd"]?.numberText {
            text += "\n- Act on the \(advice["kind"]?.stringValue ?? "top") advice first: it saves $\(saving) a month."
        }
        if inventNumber { text += "\n- Trimming prompts would save $4817.23 a month." }
        return MockAnswer(text: text, hallucinatedIDs: [], promptTokens: tokens(factsText), candidatesTokens: tokens(text))
    }
}
