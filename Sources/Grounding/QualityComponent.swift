/// A named part of the quality score. Raw values are the names shown in `/v1/status` and span tags.
package enum QualityComponent: String, CaseIterable, Sendable, Hashable {
    /// How generation ended: `STOP` is 1; `MAX_TOKENS`, `SAFETY`, `RECITATION` and a blocked prompt are low.
    case finishReason = "finish_reason"
    /// Refusals and apologies (en/de/fr/es/it/pt). A refusal of a flagged injection attempt is correct: 1.
    case refusal
    /// Empty, far-too-short or runaway answers, against the endpoint's rolling baseline.
    case length
    /// Repeated word sequences or lines: a generation loop.
    case repetition
    /// The answer is in a different language from the question.
    case languageMatch = "language_match"
    /// Unknown IDs and name or price mismatches, from the grounding report.
    case grounding
    /// Recommendation intent without any valid product.
    case productIntent = "product_intent"
}
