package import Pricing
package import ProxyCore

extension CostObservation {
    /// The observation for a finished call record and its cost.
    /// - Parameters:
    ///   - record: The call; its start, dialect, model, request size, prompt and response are used.
    ///   - cost: The call's cost, from the same usage.
    ///   - qualityScore: A score in 0…1, if one was computed.
    package init(record: CallRecord, cost: CostBreakdown, qualityScore: Double? = nil) {
        self.init(
            time: record.startedAt,
            dialect: record.dialect,
            model: record.model,
            usage: record.response?.usage ?? TokenUsage(),
            cost: cost,
            prompt: record.prompt,
            finishReasons: record.response?.finishReasons ?? [],
            responseTextLength: record.response?.text.count ?? 0,
            qualityScore: qualityScore,
            requestBytes: record.requestBytes
        )
    }

    /// The observation for a finished call record, from the cost the pricing stage put on it; nil for
    /// calls Google does not bill (``CallRecord/cost`` is nil).
    ///
    /// The breakdown is recomputed from the record's usage (estimated usage included) with the same
    /// table, so that token classes and the service-tier multiplier are at hand.
    /// - Parameters:
    ///   - record: The call, with ``CallRecord/cost`` set.
    ///   - prices: The table the cost was computed with.
    ///   - qualityScore: A score in 0…1, if one was computed.
    package init?(record: CallRecord, prices: PriceTable, qualityScore: Double? = nil) {
        guard let billed = record.cost else { return nil }
        let breakdown = prices.cost(
            of: billed.usage, model: billed.pricedModel, dialect: record.dialect, batch: billed.serviceTier == "batch",
            estimated: billed.basis == .estimated
        )
        self.init(record: record, cost: breakdown, qualityScore: qualityScore)
        self.model = billed.pricedModel
        self.usage = billed.usage
    }
}
