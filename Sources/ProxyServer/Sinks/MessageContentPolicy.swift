import GeminiWire
import JSON
import ProxyConfig
import ProxyCore

/// Applies `datadog.llmobs.privacy` to message content before it leaves the process.
struct MessageContentPolicy: Sendable {
    let privacy: ContentPrivacy
    /// Masks personal data in free text (used by `redacted`).
    let redact: @Sendable (String) -> String

    /// The messages as they may be exported, or nil when no content is exported.
    func apply(_ messages: [PromptMessage]) -> [PromptMessage]? {
        switch privacy {
        case .none: return nil
        case .full: return messages
        case .redacted: return messages.map(redacted)
        }
    }

    private func redacted(_ message: PromptMessage) -> PromptMessage {
        var message = message
        message.content = redact(message.content)
        message.toolCalls = message.toolCalls.map(redacted)
        message.toolResults = message.toolResults.map(redacted)
        return message
    }

    /// Tool arguments and results are JSON: mask inside string values so the document stays valid.
    /// Text that does not parse is replaced by a JSON string of its masked text.
    private func redacted(_ call: PromptToolCall) -> PromptToolCall {
        var call = call
        if let document = try? JSONParser.parse(call.json) {
            call.json = document.mappingStrings(redact).compactText
        } else {
            call.json = JSONWriter.quoted(redact(call.json))
        }
        return call
    }
}
