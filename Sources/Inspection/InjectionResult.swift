/// The outcome of scoring one text: a score in 0…1, the categories that fired and the evidence.
package struct InjectionResult: Sendable, Hashable {
    /// The combined score, `1 − (1 − rules) · (1 − model)`.
    package var score: Double
    /// Categories with at least one enabled hit, in declaration order.
    package var categories: [InjectionCategory]
    /// Every hit that counted, in text order, then the model's vote if it counted.
    package var evidence: [InjectionEvidence]
    /// The rules' noisy-or score alone.
    package var ruleScore: Double
    /// The n-gram model's probability alone (the model runs on every text).
    package var modelProbability: Double
    /// The threshold of the scorer that produced this result.
    package var threshold: Double

    /// Whether the score reaches `threshold`.
    /// - Parameters:
    ///   - threshold: Overrides the scorer's threshold when given.
    package func isInjection(threshold: Double? = nil) -> Bool {
        score >= (threshold ?? self.threshold)
    }
}
