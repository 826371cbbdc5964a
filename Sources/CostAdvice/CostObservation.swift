package import Pricing
package import ProxyCore

/// One finished call, as the cost advisor sees it.
package struct CostObservation: Sendable {
    /// When the call started, in seconds (any epoch, as long as it is the one `now` uses).
    package var time: Double
    /// The API the call used.
    package var dialect: Dialect
    /// The model, in any spelling; the advisor resolves it against its price table.
    package var model: String
    /// The response's last usage block.
    package var usage: TokenUsage
    /// What the call cost.
    package var cost: CostBreakdown
    /// The request's messages (system instruction first, role `system`) and settings; nil when the
    /// body could not be read.
    package var prompt: PromptSummary?
    /// Finish reasons as enum names, e.g. `STOP`, `MAX_TOKENS`.
    package var finishReasons: [String]
    /// Characters of generated text (kept for estimates; the rules use token counts).
    package var responseTextLength: Int
    /// A quality score in 0…1 when one was computed; nil today.
    package var qualityScore: Double?
    /// Size of the request body, in bytes.
    package var requestBytes: Int

    /// An observation.
    /// - Parameters:
    ///   - time: When the call started, in seconds.
    ///   - dialect: The call's API.
    ///   - model: The model name.
    ///   - usage: The usage block.
    ///   - cost: The call's cost.
    ///   - prompt: The request's messages and settings.
    ///   - finishReasons: The response's finish reasons.
    ///   - responseTextLength: Characters of generated text.
    ///   - qualityScore: A score in 0…1, if any.
    ///   - requestBytes: Request body size in bytes.
    package init(
        time: Double,
        dialect: Dialect,
        model: String,
        usage: TokenUsage,
        cost: CostBreakdown,
        prompt: PromptSummary?,
        finishReasons: [String] = [],
        responseTextLength: Int = 0,
        qualityScore: Double? = nil,
        requestBytes: Int
    ) {
        self.time = time
        self.dialect = dialect
        self.model = model
        self.usage = usage
        self.cost = cost
        self.prompt = prompt
        self.finishReasons = finishReasons
        self.responseTextLength = responseTextLength
        self.qualityScore = qualityScore
        self.requestBytes = requestBytes
    }
}
