/// What the check concluded about one product mention.
package enum GroundingVerdict: Sendable, Hashable {
    /// The ID is in the catalog and nothing near it contradicts the catalog.
    case valid
    /// The ID is not in the catalog.
    case invalidID
    /// The name in the ID's label slot (`**Name** [ID]`, `ID: Name`, `[Name](/product/ID)`…) is
    /// another catalog product's; without a label, the text near the ID names another product and not this one.
    /// `expected` is this ID's catalog name, `found` the other product's catalog name.
    case nameMismatch(expected: String, found: String)
    /// A price stated for this product differs from the catalog price beyond the tolerance.
    /// Both are micro-dollars.
    case priceMismatch(expectedMicros: Int64, statedMicros: Int64)

    /// The problem kind, or nil for `valid`.
    package var kind: GroundingKind? {
        switch self {
        case .valid: nil
        case .invalidID: .invalidID
        case .nameMismatch: .nameMismatch
        case .priceMismatch: .priceMismatch
        }
    }
}
