import JSON
package import Logging
import Synchronization

/// Asks Gemini to put the computed cost advice into a few sentences (`insights.summary`). The
/// numbers are Outrigger's: the model is told to use only the figures given. A summary is reused
/// for `ttl` while the advice is unchanged, so reading the page does not call Gemini each time.
package final class AdviceSummarizer: Sendable {
    let model: String
    private let call: GeminiTextCall
    private let ttl: Duration
    private let cache = Mutex<(advice: String, text: String, at: ContinuousClock.Instant)?>(nil)

    static let instruction = """
        You summarise cost-saving advice for the engineers who run an online shop's LLM services. \
        Write at most three short sentences, most valuable first. Use only the numbers in the JSON \
        you are given, exactly as written; never compute or invent figures. Plain text, no lists.
        """

    package init(transport: GeminiTransport, endpoint: GeminiTextEndpoint, model: String, ttl: Duration, logger: Logger) {
        self.model = model
        call = GeminiTextCall(transport: transport, endpoint: endpoint, model: model, logger: logger)
        self.ttl = ttl
    }

    /// The summary of `advice` (the advice JSON), or why there is none.
    package func summary(of advice: String) async -> (text: String?, cached: Bool, error: String?) {
        let now = ContinuousClock.now
        if let hit = cache.withLock({ $0 }), hit.advice == advice, now - hit.at < ttl { return (hit.text, true, nil) }
        switch await call.generate(instruction: Self.instruction, text: advice, maxOutputTokens: 300, firstByteTimeout: .seconds(30)) {
        case .success(let reply):
            cache.withLock { $0 = (advice, reply.text, now) }
            return (reply.text, false, nil)
        case .failure(let error):
            return (nil, false, error.description)
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
