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
        // Byte search: prompts run to many kilobytes and String's own search walks Characters.
        var content = content
        let best: Int? = content.withUTF8 { bytes -> Int? in
            var best: Int?
            for marker in markers where !marker.isEmpty {
                if let end = Self.endOfLastOccurrence(of: Array(marker.utf8), in: bytes), end > (best ?? -1) { best = end }
            }
            return best
        }
        guard let best else { return content }
        let utf8 = content.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: best)
        return String(content[start...].trimmingWhitespace())
    }

    /// The byte offset just past the last occurrence of `needle` in `haystack`.
    static func endOfLastOccurrence(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        let first = needle[0]
        var i = haystack.count - needle.count
        while i >= 0 {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i + needle.count }
            }
            i -= 1
        }
        return nil
    }
}
