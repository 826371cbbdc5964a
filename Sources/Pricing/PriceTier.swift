/// Higher prices that apply once a prompt is longer than a threshold (for example above 200k tokens).
package struct PriceTier: Sendable, Hashable {
    /// The tier applies when `promptTokenCount` is strictly greater than this.
    package var promptTokensAbove: Int
    /// The prices inside the tier.
    package var rates: PriceRates

    /// A tier.
    /// - Parameters:
    ///   - promptTokensAbove: Prompts longer than this many tokens use the tier.
    ///   - rates: The prices inside the tier.
    package init(promptTokensAbove: Int, rates: PriceRates) {
        self.promptTokensAbove = promptTokensAbove
        self.rates = rates
    }
}
