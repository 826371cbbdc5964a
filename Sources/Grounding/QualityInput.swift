/// What the scorer needs to know about one call.
package struct QualityInput: Sendable {
    /// The final answer text.
    package var answer: String
    /// The user's question, for language match.
    package var question: String?
    /// Finish reasons seen, as enum names (`STOP`, `MAX_TOKENS`…); a stream may carry several.
    package var finishReasons: [String]
    /// `promptFeedback.blockReason`, when the prompt was blocked.
    package var blockReason: String?
    /// Whether the request was flagged as a prompt-injection attempt. A refusal is then correct.
    package var promptWasInjection: Bool
    /// The grounding report of the answer, if grounding ran.
    package var grounding: GroundingReport?

    package init(
        answer: String, question: String? = nil, finishReasons: [String] = [], blockReason: String? = nil,
        promptWasInjection: Bool = false, grounding: GroundingReport? = nil
    ) {
        self.answer = answer
        self.question = question
        self.finishReasons = finishReasons
        self.blockReason = blockReason
        self.promptWasInjection = promptWasInjection
        self.grounding = grounding
    }
}
