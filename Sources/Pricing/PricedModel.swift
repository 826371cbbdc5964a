package import ProxyCore

/// A validated ``PriceEntry``: normalized names and exact prices for each dialect.
package struct PricedModel: Sendable, Hashable {
    /// The model's normalized name; costs report it as the resolved model.
    package var model: String
    /// Normalized aliases.
    package var aliases: [String]
    /// Prices for every dialect without an override.
    package var prices: ModelPrices
    /// Prices for dialects that differ.
    package var dialectPrices: [Dialect: ModelPrices]

    /// A validated model.
    /// - Parameters:
    ///   - model: The normalized name.
    ///   - aliases: Normalized aliases.
    ///   - prices: Default prices.
    ///   - dialectPrices: Per-dialect prices.
    package init(model: String, aliases: [String], prices: ModelPrices, dialectPrices: [Dialect: ModelPrices]) {
        self.model = model
        self.aliases = aliases
        self.prices = prices
        self.dialectPrices = dialectPrices
    }

    /// The prices that apply in one dialect.
    /// - Parameters:
    ///   - dialect: The call's dialect.
    package func prices(for dialect: Dialect) -> ModelPrices {
        dialectPrices[dialect] ?? prices
    }
}
