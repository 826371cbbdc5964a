package import ProxyCore

/// Sums of conversions since the ledger started (or over a window, in ``ConversionWindowSummary``).
package struct ConversionTotals: Sendable, Hashable {
    /// Conversions counted (duplicates excluded).
    package var conversions = 0
    /// The orders' total value.
    package var revenue: Money = .zero
    /// LLM spend credited to the conversions (their sessions' spend).
    package var convertedSpend: Money = .zero
    /// All LLM spend: every billed call, with or without a session, converting or not.
    package var totalSpend: Money = .zero

    package init() {}

    /// Cost per conversion as the owners' plan defines it: all LLM spend ÷ successful checkouts,
    /// rounded to the pico-dollar; nil without conversions. Sessions that never buy (bots, window
    /// shoppers) raise it, which is what the rule is for.
    package var costPerConversion: Money? { totalSpend.divided(by: conversions) }
}
