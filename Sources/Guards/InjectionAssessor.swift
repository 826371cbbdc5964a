/// One text's injection assessment, as the guards need it.
package struct InjectionAssessment: Sendable, Hashable {
    /// 0…1.
    package var score: Double
    /// Label-safe category names that fired.
    package var categories: [String]
    /// Short explanations of what fired.
    package var evidence: [String]

    package init(score: Double, categories: [String] = [], evidence: [String] = []) {
        self.score = score
        self.categories = categories
        self.evidence = evidence
    }
}

/// Scores text for prompt injection. The Inspection module's scorer is the implementation; tests
/// may pass their own.
package protocol InjectionAssessor: Sendable {
    func assess(_ text: String, origin: TextOrigin) -> InjectionAssessment
}
