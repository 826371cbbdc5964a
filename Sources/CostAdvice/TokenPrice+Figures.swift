import Pricing

extension TokenPrice {
    /// The price in USD per million tokens, for figures only.
    var perMillionUSD: Double { Double(microUSDPerMillion) / 1_000_000 }
}
