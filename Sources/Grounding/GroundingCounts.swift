/// How many mentions were found, and how many of each problem.
package struct GroundingCounts: Sendable, Hashable {
    /// All ID mentions, valid or not.
    package var mentions: Int = 0
    /// Mentions with a catalog ID (including those with a name or price mismatch).
    package var validIDs: Int = 0
    /// Mentions of IDs not in the catalog.
    package var invalidIDs: Int = 0
    package var nameMismatches: Int = 0
    package var priceMismatches: Int = 0
    /// 1 when the answer shows recommendation intent with no valid ID, else 0.
    package var noProducts: Int = 0

    package init() {}

    /// The count for one problem kind.
    package subscript(kind: GroundingKind) -> Int {
        switch kind {
        case .invalidID: invalidIDs
        case .nameMismatch: nameMismatches
        case .priceMismatch: priceMismatches
        case .noProducts: noProducts
        }
    }
}
