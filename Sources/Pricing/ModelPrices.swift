/// Validated prices for one model in one dialect: base rates plus context-length tiers.
package struct ModelPrices: Sendable, Hashable {
    /// Prices for prompts up to the first tier's threshold.
    package var base: PriceRates
    /// Tiers in increasing threshold order.
    package var tiers: [PriceTier]

    /// Prices with optional tiers; ``PriceTable`` checks them, this initializer only sorts tiers.
    /// - Parameters:
    ///   - base: Prices for short prompts.
    ///   - tiers: Context-length tiers, in any order.
    package init(base: PriceRates, tiers: [PriceTier] = []) {
        self.base = base
        self.tiers = tiers.sorted { $0.promptTokensAbove < $1.promptTokensAbove }
    }

    /// The rates for a prompt length: the tier with the highest threshold below it, else the base.
    /// - Parameters:
    ///   - promptTokens: `promptTokenCount`, cached tokens included (gemini.md §8: "the pricing tier
    ///     is chosen from `promptTokenCount`").
    package func rates(promptTokens: Int) -> (rates: PriceRates, tierThreshold: Int?) {
        guard let tier = tiers.last(where: { promptTokens > $0.promptTokensAbove }) else { return (base, nil) }
        return (tier.rates, tier.promptTokensAbove)
    }
}
