/// A kind of grounding problem. Raw values are label-safe metric tag values.
package enum GroundingKind: String, CaseIterable, Sendable, Hashable {
    /// An ID that is not in the catalog: a hallucinated product.
    case invalidID = "invalid_id"
    /// The text next to a valid ID names a different catalog product.
    case nameMismatch = "name_mismatch"
    /// A price stated next to a valid ID differs from the catalog beyond the tolerance.
    case priceMismatch = "price_mismatch"
    /// The answer has recommendation intent but no valid product ID.
    case noProducts = "no_products"
}
