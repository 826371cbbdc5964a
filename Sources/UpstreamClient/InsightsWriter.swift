import AsyncHTTPClient
import GeminiWire
import JSON
package import Logging
import NIOCore
import NIOHTTP1
package import ProxyCore

/// Asks Gemini to turn Outrigger's computed facts (forecasts, error rate, rule states, signals,
/// cost advice) into a short health summary with prioritised recommendations
/// (`insights.report_interval`). The reply is checked against the facts before anyone sees it
/// (`InsightFactCheck`); this type only makes the call, through the proxy's own upstream client.
package struct InsightsWriter: Sendable {
    /// What Gemini wrote, and what the call used.
    package struct Reply: Sendable, Equatable {
        package var text: String
        /// The reply's usage block, for pricing the call; nil if Gemini sent none.
        package var usage: TokenUsage?
    }

    /// The request header that marks Outrigger's own insights call (mock-gemini answers it in kind).
    package static let markerHeader = "x-outrigger-insights"

    static let instruction = """
        You write the health report of an online shop's LLM services for the engineers who run them. \
        You get a JSON object of facts that Outrigger computed: traffic and errors, the 24-hour cost \
        forecast, detection rules and their states, recent signals and cost-saving advice. Write a \
        health summary in at most two sentences, then at most three recommendations, most valuable \
        first, one per line starting with "- ". Use only numbers that appear in the facts, exactly as \
        written or rounded; never compute, estimate or invent a figure. Plain text.
        """

    package let model: String
    private let client: UpstreamHTTPClient
    private let url: String
    private let apiKey: String?
    private let maxOutputTokens: Int
    private let logger: Logger

    /// - Parameters:
    ///   - geminiAPIBase: the Developer API base (`upstream.gemini_api_url`), or mock-gemini locally.
    ///   - apiKey: the Developer API key; nil for a local mock.
    ///   - maxOutputTokens: the cap on the reply, so each report's cost is bounded.
    package init(
        client: UpstreamHTTPClient, geminiAPIBase: String, model: String, apiKey: String?, maxOutputTokens: Int, logger: Logger
    ) {
        self.client = client
        self.model = model
        url = geminiAPIBase + "/v1beta/models/\(model):generateContent"
        self.apiKey = apiKey
        self.maxOutputTokens = maxOutputTokens
        self.logger = logger
    }

    /// Gemini's report on `facts` (a JSON object), or why there is none.
    package func write(facts: String) async -> Result<Reply, InsightsWriterError> {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: Self.markerHeader, value: "health-report")
        if let apiKey { request.headers.add(name: "x-goog-api-key", value: apiKey) }
        let body = #"{"systemInstruction":{"parts":[{"text":\#(JSONWriter.quoted(Self.instruction))}]},"contents":[{"role":"user","parts":[{"text":\#(JSONWriter.quoted(facts))}]}],"generationConfig":{"temperature":0.2,"maxOutputTokens":\#(maxOutputTokens)}}"#
        request.body = .bytes(ByteBuffer(string: body))
        do {
            let response = try await client.send(request, firstByteTimeout: .seconds(60), logger: logger)
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
            return .success(Reply(text: String(summary.text.trimmingWhitespace()), usage: summary.usage))
        } catch {
            logger.warning("insights report call failed", metadata: ["error": .string("\(error)")])
            return .failure(InsightsWriterError("the call to Gemini failed: \(error)"))
        }
    }
}

/// Why an insights report has no text.
package struct InsightsWriterError: Error, Sendable, CustomStringConvertible {
    package let description: String
    init(_ description: String) { self.description = description }
}
