/// Names of the metrics the server derives from the conversion ledger.
package enum ConversionMetricName {
    /// A count of 1 per ``ConversionResult/recorded(_:)``; never for a duplicate.
    package static let sessionConverted = "llm.session.converted"
    /// A gauge per window (tag `window:1h`, `window:24h`) of
    /// ``ConversionWindowSummary/costPerConversionUSD``; not set when the window has no conversion.
    package static let costPerConversion = "llm.cost_per_conversion"
}
