package import JSON
package import ProxyCore

/// Reads a `generateContent` request body (either dialect, either key spelling) into a
/// ``PromptSummary``: the system instruction, the turns, and the generation settings.
package enum PromptExtractor {
    /// Labels kept at most, so a hostile request cannot grow records without bound.
    static let maxLabels = 64

    /// The summary of a parsed request; an unexpected shape yields what could be read.
    package static func summary(of request: JSONValue) -> PromptSummary {
        var summary = PromptSummary()
        if let system = request["systemInstruction"] {
            var message = message(from: system, role: "system")
            message.role = "system"
            if !message.content.isEmpty { summary.messages.append(message) }
        }
        for content in request["contents"]?.arrayValue ?? [] {
            summary.messages.append(message(from: content, role: "user"))
        }
        if let config = request["generationConfig"] {
            summary.temperature = config["temperature"]?.doubleValue
            summary.topP = config["topP"]?.doubleValue
            summary.topK = config["topK"]?.doubleValue
            summary.maxOutputTokens = config["maxOutputTokens"]?.intValue
            summary.candidateCount = config["candidateCount"]?.intValue
        }
        for member in (request["labels"]?.objectValue ?? []).prefix(maxLabels) {
            if let value = member.value.stringValue { summary.labels[member.key] = value }
        }
        return summary
    }

    /// One `Content` object. A bare string (allowed for `systemInstruction` by some clients) is its text.
    static func message(from content: JSONValue, role defaultRole: String) -> PromptMessage {
        if let text = content.stringValue { return PromptMessage(role: defaultRole, content: text) }
        var message = PromptMessage(role: role(content["role"]?.stringValue ?? defaultRole), content: "")
        var texts: [String] = []
        for part in content["parts"]?.arrayValue ?? [] {
            if let text = part["text"]?.stringValue {
                if part["thought"]?.boolValue == true { continue }
                texts.append(text)
            } else if let call = part["functionCall"] {
                message.toolCalls.append(
                    PromptToolCall(
                        name: call["name"]?.stringValue ?? "", json: (call["args"] ?? .object([])).compactText,
                        id: call["id"]?.stringValue
                    )
                )
            } else if let response = part["functionResponse"] {
                message.toolResults.append(
                    PromptToolCall(
                        name: response["name"]?.stringValue ?? "", json: (response["response"] ?? .null).compactText,
                        id: response["id"]?.stringValue
                    )
                )
                if message.role == "user" { message.role = "tool" }
            } else if let inline = part["inlineData"] {
                let size = (inline["data"]?.stringValue?.utf8.count ?? 0) * 3 / 4
                texts.append("[\(inline["mimeType"]?.stringValue ?? "inline data"), \(size) bytes]")
            } else if let file = part["fileData"] {
                texts.append("[\(file["mimeType"]?.stringValue ?? "file"): \(file["fileUri"]?.stringValue ?? "")]")
            }
        }
        message.content = texts.joined(separator: "\n")
        return message
    }

    /// Gemini's `model` is LLM Observability's `assistant`; `function` is `tool`.
    static func role(_ gemini: String) -> String {
        switch gemini {
        case "model": "assistant"
        case "function", "tool": "tool"
        case "system": "system"
        default: "user"
        }
    }
}
