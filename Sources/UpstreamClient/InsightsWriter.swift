package import Logging
package import ProxyCore

/// Asks Gemini to turn Outrigger's computed facts (forecasts, error rate, rule states, signals,
/// cost advice) into a short health summary with prioritised recommendations
/// (`insights.report_interval`). The reply is checked against the facts before anyone sees it
/// (`InsightFactCheck`); this type only makes the call, through ``GeminiTransport``.
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
    private let call: GeminiTextCall
    private let maxOutputTokens: Int

    /// - Parameters:
    ///   - endpoint: the Developer API with its key, Vertex AI with Workload Identity, or mock-gemini locally.
    ///   - maxOutputTokens: the cap on the reply, so each report's cost is bounded.
    package init(
        transport: GeminiTransport, endpoint: GeminiTextEndpoint, model: String, maxOutputTokens: Int, logger: Logger
    ) {
        self.model = model
        call = GeminiTextCall(transport: transport, endpoint: endpoint, model: model, logger: logger)
        self.maxOutputTokens = maxOutputTokens
    }

    /// Gemini's report on `facts` (a JSON object), or why there is none.
    package func write(facts: String) async -> Result<Reply, InsightsWriterError> {
        await call.generate(
            instruction: Self.instruction, text: facts, maxOutputTokens: maxOutputTokens,
            headers: [(Self.markerHeader, "health-report")], firstByteTimeout: .seconds(60)
        ).map { Reply(text: $0.text, usage: $0.usage) }
    }
}

/// Why an insights report has no text.
package struct InsightsWriterError: Error, Sendable, CustomStringConvertible {
    package let description: String
    init(_ description: String) { self.description = description }
}
