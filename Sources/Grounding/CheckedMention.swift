package import ProxyCore

/// A product mention and what the grounding check found about it.
package struct CheckedMention: Sendable, Hashable {
    package var mention: ProductMention
    /// The catalog product, when the ID is valid.
    package var product: Product?
    /// `[.valid]`, `[.invalidID]`, or one or both of the mismatches.
    package var verdicts: [GroundingVerdict]

    package init(mention: ProductMention, product: Product?, verdicts: [GroundingVerdict]) {
        self.mention = mention
        self.product = product
        self.verdicts = verdicts
    }

    /// Whether the mention is a catalog ID with no mismatch.
    package var isClean: Bool { verdicts == [.valid] }

    /// Whether the ID is in the catalog (mismatches or not).
    package var isValidID: Bool { product != nil }
}
