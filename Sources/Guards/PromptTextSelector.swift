package import ProxyCore

/// Picks the text a guard should score out of a request: the user's own words, not the system
/// instruction or the catalog context the service wraps around them.
///
/// - The last user turn is the current message. Services often embed it in a large prompt after a
///   marker such as `Customer message:`; when a marker is present, only the text after its last
///   occurrence is the user's.
/// - Earlier user turns (history the client resends) are scored separately, as `history`.
/// - Function responses and tool results are scored as `toolResult` (indirect injection).
/// - System instructions and the model's own turns are not scored.
package struct PromptTextSelector: Sendable {
    /// Markers after which the user's text starts, matched case-sensitively.
    package var markers: [String]
    /// History turns scored at most (the most recent ones).
    package var maxHistoryTurns: Int

    package init(markers: [String] = ["Customer message:", "Current message:"], maxHistoryTurns: Int = 20) {
        self.markers = markers
        self.maxHistoryTurns = maxHistoryTurns
    }

    package func texts(in prompt: PromptSummary) -> [ScoredText] {
        var result: [ScoredText] = []
        let userTurns = prompt.messages.indices.filter { prompt.messages[$0].role == "user" }
        if let last = userTurns.last {
            let text = userText(prompt.messages[last].content)
            if !text.isEmpty { result.append(ScoredText(text: text, origin: .user)) }
        }
        for index in userTurns.dropLast().suffix(maxHistoryTurns) {
            let text = userText(prompt.messages[index].content)
            if !text.isEmpty { result.append(ScoredText(text: text, origin: .history)) }
        }
        for message in prompt.messages {
            for toolResult in message.toolResults where !toolResult.json.isEmpty {
                result.append(ScoredText(text: toolResult.json, origin: .toolResult))
            }
        }
        return result
    }

    /// The text after the last marker, or all of it when there is none.
    package func userText(_ content: String) -> String {
        var best: String.Index?
        for marker in markers where !marker.isEmpty {
            var searchStart = content.startIndex
            while let range = content[searchStart...].firstRange(of: marker) {
                if best.map({ range.upperBound > $0 }) ?? true { best = range.upperBound }
                searchStart = range.upperBound
            }
        }
        guard let best else { return content }
        return String(content[best...].trimmingWhitespace())
    }
}
