import JSON
package import ProxyCore

/// The body of `GET /v1/insights/cost`: the advice list as JSON, written by hand so that keys come in
/// a fixed order and the same advice always gives the same bytes.
///
/// ```json
/// {"cost_forecast_24h_usd":12.5,"advice":[{"kind":"context_caching","model":"gemini-2.5-flash",
///  "dialect":"gemini_api","monthly_saving_usd":96.714,"monthly_saving_usd_exact":"96.714",
///  "window_saving_usd_exact":"0.26865","window_seconds":7200,"alternative_model":null,
///  "evidence":{"calls":200,"affected_calls":199,"tokens":995000,"repeats":199,…},"text":"…"}]}
/// ```
/// Exact amounts are decimal strings (``Money/decimalText``); `_usd` numbers are for display.
/// Figures follow the three common evidence fields in their kind's order.
package enum CostAdviceJSON {
    /// The document for an advice list and an optional 24-hour forecast.
    /// - Parameters:
    ///   - advice: The items, in the order to show them (as ``CostAdvisor/advice(now:)`` returns them).
    ///   - forecast24h: The spend forecast for the next 24 hours, or nil (written as `null`).
    package static func encode(_ advice: [CostAdviceItem], forecast24h: Money? = nil) -> String {
        var out = "{\"cost_forecast_24h_usd\":" + (forecast24h.map { JSONWriter.number($0.dollars) } ?? "null")
        out += ",\"cost_forecast_24h_usd_exact\":" + (forecast24h.map { JSONWriter.quoted($0.decimalText) } ?? "null")
        out += ",\"advice\":["
        out += advice.map(encode).joined(separator: ",")
        return out + "]}"
    }

    /// One item as a JSON object.
    /// - Parameters:
    ///   - item: The advice.
    package static func encode(_ item: CostAdviceItem) -> String {
        var out = "{\"kind\":" + JSONWriter.quoted(item.kind.code)
        out += ",\"model\":" + JSONWriter.quoted(item.model)
        out += ",\"dialect\":" + JSONWriter.quoted(item.dialect.rawValue)
        out += ",\"monthly_saving_usd\":" + JSONWriter.number(item.monthlySavingUSD)
        out += ",\"monthly_saving_usd_exact\":" + JSONWriter.quoted(item.monthlySaving.decimalText)
        out += ",\"window_saving_usd_exact\":" + JSONWriter.quoted(item.windowSaving.decimalText)
        out += ",\"window_seconds\":" + JSONWriter.number(item.windowSeconds)
        out += ",\"alternative_model\":" + (item.alternativeModel.map { JSONWriter.quoted($0) } ?? "null")
        let evidence = item.evidence
        out += ",\"evidence\":{\"calls\":\(evidence.calls),\"affected_calls\":\(evidence.affectedCalls)"
        out += ",\"tokens\":\(evidence.tokens)"
        for figure in evidence.figures {
            out += "," + JSONWriter.quoted(figure.name) + ":" + JSONWriter.number(figure.value)
        }
        out += "},\"text\":" + JSONWriter.quoted(item.text)
        return out + "}"
    }
}
