/// `a + b` for non-negative counts, clamped at `Int.max` instead of trapping.
func saturatingAdd(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? .max : sum
}
