/// Settings of the grounding check. Every property has a documented default; `default` holds them all.
package struct GroundingConfiguration: Sendable, Hashable {
    /// How IDs are found. Default: `ExtractionConfiguration.default`.
    package var extraction: ExtractionConfiguration = .default
    /// How far, in Unicode scalars, on each side of an ID to look for product names and prices.
    /// The window also stops at the end of the line or sentence and at a `•` bullet. Default: 80.
    package var windowScalars: Int = 80
    /// Relative price tolerance, as a fraction of the catalog price. Default: 0.01 (1%).
    package var priceRelativeTolerance: Double = 0.01
    /// Absolute price tolerance in micro-dollars; the larger of the two tolerances applies.
    /// Default: 10,000 ($0.01).
    package var priceAbsoluteToleranceMicros: Int64 = 10_000
    /// Check names near IDs. Default: true.
    package var checkNames: Bool = true
    /// Check prices near IDs (USD catalog prices only). Default: true.
    package var checkPrices: Bool = true
    /// Cues of recommendation intent in the answer (see `PhraseList`: `word*` is a stem).
    /// Default: `RecommendationCues.answer`.
    package var answerIntentCues: [String] = RecommendationCues.answer
    /// Cues of recommendation intent in the question. Default: `RecommendationCues.question`.
    package var questionIntentCues: [String] = RecommendationCues.question
    /// Distinct offending IDs kept as samples. Default: 3.
    package var maxSamples: Int = 3
    /// Mask bare invalid IDs in samples (`1Y******4O`): a free-standing token may be some other
    /// identifier (an order or account number) rather than a product ID. Bracketed IDs and catalog
    /// IDs are kept as written; all samples use only the ID shape's ASCII characters. Default: true.
    package var maskBareSamples: Bool = true

    /// All defaults.
    package static let `default` = GroundingConfiguration()

    /// The defaults, changed by `body`.
    package init(_ body: (inout GroundingConfiguration) -> Void = { _ in }) {
        body(&self)
    }

    /// The tolerance in micro-dollars for a catalog price: `max(relative × price, absolute)`.
    /// - Parameters:
    ///   - catalogMicros: The catalog price.
    package func toleranceMicros(for catalogMicros: Int64) -> Int64 {
        let relative = Int64((Double(catalogMicros.magnitude) * priceRelativeTolerance).rounded())
        return max(relative, priceAbsoluteToleranceMicros)
    }
}
