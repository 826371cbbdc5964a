import AsyncHTTPClient
import GeminiWire
import JSON
import Logging
import NIOCore
import NIOHTTP1
import ProxyCore

/// One unary Developer API `generateContent` call that Outrigger makes for itself (the cost
/// summary, the health report): a system instruction and one user text in, the answer's text and
/// usage out, or why there is none. Goes through the proxy's own upstream client.
struct GeminiTextCall {
    let client: UpstreamHTTPClient
    let url: String
    let apiKey: String?
    let logger: Logger

    /// - Parameters:
    ///   - base: the Developer API base (`upstream.gemini_api_url`), or mock-gemini locally.
    ///   - model: the model that writes the answer.
    ///   - apiKey: the Developer API key; nil for a local mock.
    init(client: UpstreamHTTPClient, base: String, model: String, apiKey: String?, logger: Logger) {
        self.client = client
        url = base + "/v1beta/models/\(model):generateContent"
        self.apiKey = apiKey
        self.logger = logger
    }

    /// The answer to `text` under `instruction`, or a sentence saying why there is none.
    func generate(
        instruction: String, text: String, maxOutputTokens: Int, headers: [(String, String)] = [],
        firstByteTimeout: Duration
    ) async -> Result<(text: String, usage: TokenUsage?), InsightsWriterError> {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let apiKey { request.headers.add(name: "x-goog-api-key", value: apiKey) }
        let body = #"{"systemInstruction":{"parts":[{"text":\#(JSONWriter.quoted(instruction))}]},"contents":[{"role":"user","parts":[{"text":\#(JSONWriter.quoted(text))}]}],"generationConfig":{"temperature":0.2,"maxOutputTokens":\#(maxOutputTokens)}}"#
        request.body = .bytes(ByteBuffer(string: body))
        do {
            let response = try await client.send(request, firstByteTimeout: firstByteTimeout, logger: logger)
            let bytes = try await response.body.collect(upTo: 1 << 20)
            var decoder = ResponseDecoder(
                dialect: .geminiAPI, format: .unary, contentEncoding: response.headers.first(name: "content-encoding")
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
