import AsyncHTTPClient
import GeminiWire
import JSON
import Logging
import NIOCore
import NIOHTTP1
import ProxyCore

/// One unary `generateContent` call that Outrigger makes for itself (the cost summary, the health
/// report), on the Developer API or Vertex AI: a system instruction and one user text in, the
/// answer's text and usage out, or why there is none. Goes through ``GeminiTransport``.
struct GeminiTextCall {
    let transport: GeminiTransport
    let endpoint: GeminiTextEndpoint
    let model: String
    let logger: Logger

    /// - Parameters:
    ///   - endpoint: the API, its base URL and its credential.
    ///   - model: the model that writes the answer.
    init(transport: GeminiTransport, endpoint: GeminiTextEndpoint, model: String, logger: Logger) {
        self.transport = transport
        self.endpoint = endpoint
        self.model = model
        self.logger = logger
    }

    /// The answer to `text` under `instruction`, or a sentence saying why there is none.
    func generate(
        instruction: String, text: String, maxOutputTokens: Int, headers: [(String, String)] = [],
        firstByteTimeout: Duration
    ) async -> Result<(text: String, usage: TokenUsage?), InsightsWriterError> {
        var request = HTTPClientRequest(url: "")
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        do {
            request.url = try await endpoint.url(model: model)
            if let credential = try await endpoint.credentialHeader() { request.headers.add(name: credential.name, value: credential.value) }
        } catch {
            logger.warning("no credential for the call to Gemini", metadata: ["error": .string(error.description)])
            return .failure(InsightsWriterError(error.description))
        }
        let body = #"{"systemInstruction":{"parts":[{"text":\#(JSONWriter.quoted(instruction))}]},"contents":[{"role":"user","parts":[{"text":\#(JSONWriter.quoted(text))}]}],"generationConfig":{"temperature":0.2,"maxOutputTokens":\#(maxOutputTokens)}}"#
        request.body = .bytes(ByteBuffer(string: body))
        do {
            let response = try await transport.send(request, firstByteTimeout: firstByteTimeout, logger: logger)
            let bytes = try await response.body.collect(upTo: 1 << 20)
            var decoder = ResponseDecoder(
                dialect: endpoint.dialect, format: .unary, contentEncoding: response.headers.first(name: "content-encoding")
            )
            bytes.withUnsafeReadableBytes { decoder.feed($0) }
            let summary = decoder.finish()
            if let error = summary.error {
                return .failure(InsightsWriterError("Gemini answered \(error.code) \(error.status): \(error.message)"))
            }
            guard (200..<300).contains(Int(response.status.code)), !summary.text.isEmpty else {
                return .failure(InsightsWriterError("Gemini answered HTTP \(response.status.code) without text"))
            }
            return .success((String(summary.text.trimmingWhitespace()), summary.usage))
        } catch {
            logger.warning("call to Gemini failed", metadata: ["error": .string("\(error)")])
            return .failure(InsightsWriterError("the call to Gemini failed: \(error)"))
        }
    }
}
