/// Which Google API a call speaks. The JSON shapes are nearly the same; paths, auth and some fields differ.
package enum Dialect: String, Sendable, Hashable, CaseIterable, Codable {
    /// Vertex AI (`aiplatform.googleapis.com`), including express mode.
    case vertex
    /// The Gemini Developer API (`generativelanguage.googleapis.com`).
    case geminiAPI = "gemini_api"
    /// A path Outrigger does not recognise; it is forwarded untouched.
    case other
}

/// The RPC a request invokes, taken from the `:verb` suffix of its path.
package enum LLMOperation: String, Sendable, Hashable, CaseIterable, Codable {
    case generateContent
    case streamGenerateContent
    case countTokens
    case computeTokens
    case embedContent
    case batchEmbedContents
    case other

    /// Whether this operation produces generated text and token usage.
    package var isGeneration: Bool { self == .generateContent || self == .streamGenerateContent }
}

/// How a response body is framed on the wire.
package enum StreamFormat: String, Sendable, Hashable, Codable {
    /// One JSON document (unary calls, countTokens, errors).
    case unary
    /// `alt=sse`: `data: {…}` events separated by a blank line.
    case sse
    /// The default `:streamGenerateContent` framing: an incrementally written JSON array.
    case jsonArray = "json_array"
    /// gRPC: length-prefixed protobuf messages over HTTP/2, status in the trailers.
    case grpc
}
