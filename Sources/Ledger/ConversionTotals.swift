package import ProxyCore

/// Sums of conversions since the ledger started (or over a window, in ``ConversionWindowSummary``).
package struct ConversionTotals: Sendable, Hashable {
    /// Conversions counted (duplicates excluded).
    package var conversions = 0
    /// The orders' total value.
    package var revenue: Money = .zero
    /// LLM spend credited to the conversions.
    package var convertedSpend: Money = .zero

    package init() {}

    /// `convertedSpend ÷ conversions`, rounded to the pico-dollar; nil without conversions.
    package var costPerConversion: Money? { convertedSpend.divided(by: conversions) }
}
