import AsyncHTTPClient
import GeminiWire
import JSON
package import Logging
import NIOCore
import NIOHTTP1
import ProxyCore
import Synchronization

/// Asks Gemini to put the computed cost advice into a few sentences (`insights.summary`). The
/// numbers are Outrigger's: the model is told to use only the figures given. A summary is reused
/// for `ttl` while the advice is unchanged, so reading the page does not call Gemini each time.
package final class AdviceSummarizer: Sendable {
    let model: String
    private let client: UpstreamHTTPClient
    private let url: String
    private let apiKey: String?
    private let ttl: Duration
    private let logger: Logger
    private let cache = Mutex<(advice: String, text: String, at: ContinuousClock.Instant)?>(nil)

    static let instruction = """
        You summarise cost-saving advice for the engineers who run an online shop's LLM services. \
        Write at most three short sentences, most valuable first. Use only the numbers in the JSON \
        you are given, exactly as written; never compute or invent figures. Plain text, no lists.
        """

    package init(client: UpstreamHTTPClient, geminiAPIBase: String, model: String, apiKey: String?, ttl: Duration, logger: Logger) {
        self.client = client
        self.model = model
        url = geminiAPIBase + "/v1beta/models/\(model):generateContent"
        self.apiKey = apiKey
        self.ttl = ttl
        self.logger = logger
    }

    /// The summary of `advice` (the advice JSON), or why there is none.
    package func summary(of advice: String) async -> (text: String?, cached: Bool, error: String?) {
        let now = ContinuousClock.now
        if let hit = cache.withLock({ $0 }), hit.advice == advice, now - hit.at < ttl { return (hit.text, true, nil) }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        if let apiKey { request.headers.add(name: "x-goog-api-key", value: apiKey) }
        let body = #"{"systemInstruction":{"parts":[{"text":\#(JSONWriter.quoted(Self.instruction))}]},"contents":[{"role":"user","parts":[{"text":\#(JSONWriter.quoted(advice))}]}],"generationConfig":{"temperature":0.2,"maxOutputTokens":300}}"#
        request.body = .bytes(ByteBuffer(string: body))
        do {
            let response = try await client.send(request, firstByteTimeout: .seconds(30), logger: logger)
            let bytes = try await response.body.collect(upTo: 1 << 20)
            var decoder = ResponseDecoder(dialect: .geminiAPI, format: .unary, contentEncoding: response.headers.first(name: "content-encoding"))
            bytes.withUnsafeReadableBytes { decoder.feed($0) }
            let summary = decoder.finish()
            if let error = summary.error { return (nil, false, "Gemini answered \(error.code) \(error.status): \(error.message)") }
            guard (200..<300).contains(Int(response.status.code)), !summary.text.isEmpty else {
                return (nil, false, "Gemini answered HTTP \(response.status.code) without text")
            }
            let text = summary.text.trimmingWhitespace()
            cache.withLock { $0 = (advice, String(text), now) }
            return (String(text), false, nil)
        } catch {
            logger.warning("cost summary call failed", metadata: ["error": .string("\(error)")])
            return (nil, false, "the summary call failed: \(error)")
        }
    }

    /// `document` (the insights JSON object) with a `summary` member added.
    package func annotate(_ document: String) async -> String {
        guard document.hasSuffix("}") else { return document }
        let (text, cached, error) = await summary(of: document)
        var member = ",\"summary\":"
        if let text {
            member += "{\"text\":\(JSONWriter.quoted(text)),\"model\":\(JSONWriter.quoted(model)),\"cached\":\(cached)}"
        } else {
            member += "null,\"summary_error\":" + JSONWriter.quoted(error ?? "unknown")
        }
        return String(document.dropLast()) + member + "}"
    }
}
