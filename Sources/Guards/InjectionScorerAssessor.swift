package import Inspection

/// The Inspection module's prompt-injection scorer as the guards' assessor.
package struct InjectionScorerAssessor: InjectionAssessor {
    let scorer: InjectionScorer

    package init(scorer: InjectionScorer) {
        self.scorer = scorer
    }

    package func assess(_ text: String, origin: TextOrigin) -> InjectionAssessment {
        let result = scorer.score(text, source: origin == .toolResult ? .toolResult : .user)
        return InjectionAssessment(
            score: result.score, categories: result.categories.map(\.rawValue),
            evidence: result.evidence.prefix(5).map { "\($0.category.rawValue) via \($0.rule): \"\($0.matched.prefix(80))\"" }
        )
    }
}
