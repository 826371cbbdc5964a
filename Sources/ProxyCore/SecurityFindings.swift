/// What the guards found in one call, carried on the ``CallRecord``.
package struct SecurityFindings: Sendable, Hashable {
    /// The highest injection score over the texts scored (0…1); nil when nothing was scored.
    package var injectionScore: Double?
    /// Whether the score reached the configured threshold.
    package var isInjection: Bool = false
    /// Injection categories that fired (`instruction_override`, `indirect_injection`…), sorted.
    package var categories: [String] = []
    /// Short explanations of what fired (rule and matched text), at most a few.
    package var evidence: [String] = []
    /// Personal data found, by kind (`email`, `phone`…), in the prompt's user text and in the answer.
    package var promptPII: [String: Int] = [:]
    package var responsePII: [String: Int] = [:]
    /// Why the request was answered without calling Google (`prompt_injection`, `session_blocked`); nil if it was not.
    package var blockReason: String?
    /// The session went over the suspicious-request limit with this call.
    package var sessionFlagged: Bool = false

    package init() {}
}
