extension Int {
    /// The sum, clamped at the top of the range; a negative `other` counts as zero.
    /// - Parameters:
    ///   - other: The amount to add.
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(Swift.max(0, other))
        return overflow ? .max : sum
    }
}
