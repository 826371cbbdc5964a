/// A quality score and every component that went into it.
package struct QualityReport: Sendable, Hashable {
    /// 0…1, for `llm.response.quality_score`: `Π (1 − weight·(1 − value))` over the components.
    package var score: Double
    /// Every component, in `QualityComponent.allCases` order.
    package var components: [ComponentScore]
    /// The answer's length in Unicode scalars, trimmed.
    package var answerLength: Int
    /// Whether this answer should be added to the length baseline: it finished normally, is not
    /// empty, not a refusal, not blocked.
    package var baselineEligible: Bool
    /// Languages detected (ISO 639-1), nil when undetermined.
    package var questionLanguage: String?
    package var answerLanguage: String?

    package init(
        score: Double, components: [ComponentScore], answerLength: Int, baselineEligible: Bool,
        questionLanguage: String?, answerLanguage: String?
    ) {
        self.score = score
        self.components = components
        self.answerLength = answerLength
        self.baselineEligible = baselineEligible
        self.questionLanguage = questionLanguage
        self.answerLanguage = answerLanguage
    }

    /// The score of one component.
    package subscript(component: QualityComponent) -> ComponentScore? {
        components.first { $0.component == component }
    }
}
