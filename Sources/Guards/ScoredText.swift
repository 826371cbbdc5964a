/// Where a piece of prompt text came from, which decides how it is scored.
package enum TextOrigin: String, Sendable, Hashable, CaseIterable {
    /// The user's own words in the current turn.
    case user
    /// An earlier user turn the client sent again as history.
    case history
    /// A function response or tool result: instructions there are indirect injection.
    case toolResult = "tool_result"
}

/// One span of text to score, and where it came from.
package struct ScoredText: Sendable, Hashable {
    package var text: String
    package var origin: TextOrigin

    package init(text: String, origin: TextOrigin) {
        self.text = text
        self.origin = origin
    }
}
