/// One catalog product, as in Online Boutique's `products.json`.
package struct Product: Sendable, Hashable {
    package var id: String
    package var name: String
    package var description: String
    /// Price in micro-units of `currency` (exact: `units * 1_000_000 + nanos / 1_000`).
    package var priceMicros: Int64
    package var currency: String
    package var categories: [String]

    package init(id: String, name: String, description: String, priceMicros: Int64, currency: String, categories: [String]) {
        self.id = id
        self.name = name
        self.description = description
        self.priceMicros = priceMicros
        self.currency = currency
        self.categories = categories
    }

    /// The price as `$18.99` style text (USD) or `18.99 EUR`.
    package var priceText: String {
        let cents = (priceMicros + 5_000) / 10_000
        let amount = "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
        return currency == "USD" ? "$" + amount : amount + " " + currency
    }
}
