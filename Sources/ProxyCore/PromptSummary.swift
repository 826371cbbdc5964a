/// A tool call or tool result carried in a message (`functionCall` / `functionResponse` parts).
package struct PromptToolCall: Sendable, Hashable, Codable {
    package var name: String
    /// The arguments (for a call) or the response (for a result) as compact JSON text.
    package var json: String
    package var id: String?

    package init(name: String, json: String, id: String? = nil) {
        self.name = name
        self.json = json
        self.id = id
    }
}

/// One turn of a conversation, in LLM Observability terms (`user`, `assistant`, `system`, `tool`).
package struct PromptMessage: Sendable, Hashable {
    package var role: String
    /// Text parts joined by newlines; other media as a short `[mime/type, N bytes]` placeholder.
    package var content: String
    package var toolCalls: [PromptToolCall] = []
    package var toolResults: [PromptToolCall] = []

    package init(role: String, content: String, toolCalls: [PromptToolCall] = [], toolResults: [PromptToolCall] = []) {
        self.role = role
        self.content = content
        self.toolCalls = toolCalls
        self.toolResults = toolResults
    }
}

/// What a generation request asked for: the messages (system instruction first) and the
/// generation settings that LLM Observability shows as metadata.
package struct PromptSummary: Sendable, Hashable {
    package var messages: [PromptMessage] = []
    package var temperature: Double?
    package var topP: Double?
    package var topK: Double?
    package var maxOutputTokens: Int?
    package var candidateCount: Int?
    /// Vertex `labels` on the request (at most 64 kept).
    package var labels: [String: String] = [:]

    package init() {}
}
