/// Settings of the quality score: component weights, thresholds and phrase lists, each with a
/// documented default. `default` holds them all.
package struct QualityConfiguration: Sendable, Hashable {
    /// The most each component can take off the score (0…1); see `QualityScorer` for the formula.
    /// Defaults: finish_reason 0.8, refusal 0.6, length 0.9, repetition 0.7, language_match 0.5,
    /// grounding 0.8, product_intent 0.4. A missing entry counts as 0 (the component is ignored).
    package var weights: [QualityComponent: Double] = [
        .finishReason: 0.8, .refusal: 0.6, .length: 0.9, .repetition: 0.7,
        .languageMatch: 0.5, .grounding: 0.8, .productIntent: 0.4,
    ]
    package var finishReason = FinishReasonSettings()
    package var refusal = RefusalSettings()
    package var length = LengthSettings()
    package var repetition = RepetitionSettings()
    package var language = LanguageSettings()
    package var grounding = GroundingPenalties()
    package var productIntent = ProductIntentSettings()

    /// All defaults.
    package static let `default` = QualityConfiguration()

    /// The defaults, changed by `body`.
    package init(_ body: (inout QualityConfiguration) -> Void = { _ in }) {
        body(&self)
    }
}
