/// A Google-style error object (`{"error":{"code","status","message"}}`) seen in a response body.
package struct UpstreamErrorInfo: Sendable, Hashable, Codable {
    package var code: Int
    package var status: String
    package var message: String

    package init(code: Int, status: String, message: String) {
        self.code = code
        self.status = status
        self.message = message
    }
}

/// What one call's response said, accumulated over all its chunks.
package struct ResponseSummary: Sendable, Hashable, Codable {
    /// `modelVersion` from the response, without a `models/` prefix.
    package var modelVersion: String?
    /// Generated text of the first candidate, thought parts excluded.
    package var text: String = ""
    /// Function calls of the first candidate, in order (at most ``maxToolCalls``).
    package var toolCalls: [PromptToolCall] = []
    /// Bytes of thought text seen (excluded from `text`).
    package var thoughtChars: Int = 0
    /// Finish reasons seen, in order, as enum names (integers are mapped back).
    package var finishReasons: [String] = []
    /// The last usage block carrying counts, under the dialect's rules.
    package var usage: TokenUsage?
    /// `promptFeedback.blockReason`, when the prompt was blocked.
    package var blockReason: String?
    /// An error object sent in the body, possibly in the middle of a stream.
    package var error: UpstreamErrorInfo?
    /// Number of response objects decoded (chunks of a stream, or 1 for a unary call).
    package var chunkCount: Int = 0
    /// `totalTokens` of a countTokens response.
    package var countedTokens: Int?
    /// True when some bytes could not be decoded as the expected JSON.
    package var unparsed: Bool = false
    /// The first decode problem, for logs.
    package var decodeProblem: String?

    package init() {}

    /// Tool calls kept per response.
    package static let maxToolCalls = 64
}
