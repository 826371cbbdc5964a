/// Conditions a cost must carry along, so that no figure is silently wrong.
package struct CostFlags: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Token counts were estimated (a stream ended before its `usageMetadata`), not reported.
    package static let estimated = CostFlags(rawValue: 1 << 0)
    /// The model has no price in the table; every amount is zero and means "not known".
    package static let costUnknown = CostFlags(rawValue: 1 << 1)
    /// Provisioned throughput: paid for in advance, so every amount is zero by design.
    package static let prepaid = CostFlags(rawValue: 1 << 2)

    /// Label-safe names of the set flags, in a fixed order: `estimated`, `cost_unknown`, `prepaid`.
    package var names: [String] {
        [(CostFlags.estimated, "estimated"), (.costUnknown, "cost_unknown"), (.prepaid, "prepaid")]
            .filter { contains($0.0) }
            .map(\.1)
    }
}
