import Pricing

/// A model name as the advisor groups it, with its price entry when the table has one.
struct ResolvedModel: Sendable {
    /// The table's name when priced, else the normalized spelling, cut to the configured length.
    var name: String
    /// The price entry, or nil for an unknown model.
    var priced: PricedModel?
}
