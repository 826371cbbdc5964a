package import ProxyCore

/// Conversions over one rolling window, for `/v1/status` and the `llm.cost_per_conversion` gauge.
package struct ConversionWindowSummary: Sendable, Hashable {
    /// The window asked for.
    package var window: Duration
    /// The time actually covered: whole buckets, at most the ledger's span.
    package var covered: Duration
    /// The sums over the window.
    package var totals: ConversionTotals

    /// A summary.
    /// - Parameters:
    ///   - window: The window asked for.
    ///   - covered: The time actually covered.
    ///   - totals: The sums.
    package init(window: Duration, covered: Duration, totals: ConversionTotals) {
        self.window = window
        self.covered = covered
        self.totals = totals
    }

    /// LLM spend of the sessions that converted in the window ÷ conversions in the window; nil
    /// when there were none.
    package var costPerConversion: Money? { totals.costPerConversion }

    /// ``costPerConversion`` in US dollars, for export only.
    package var costPerConversionUSD: Double? { costPerConversion?.dollars }

    /// A label-safe name of the window for a metric tag: `1h`, `24h`, `90m`, `45s`.
    package var label: String {
        let seconds = window.components.seconds
        if seconds > 0, seconds % 3_600 == 0 { return "\(seconds / 3_600)h" }
        if seconds > 0, seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}
