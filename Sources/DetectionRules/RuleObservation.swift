/// What the rules need to know about one finished LLM call.
package struct RuleObservation: Sendable, Hashable {
    /// When the call finished, seconds since the epoch.
    package var time: Double
    package var model: String
    /// The status code sent to the client.
    package var statusCode: Int
    /// Whether the call ended in any error.
    package var isError: Bool
    /// Whether the call was answered 429 (quota or rate limit).
    package var is429: Bool
    /// Whether the upstream failed: a 5xx status, or an error object with a 5xx code in a stream.
    package var isServerError: Bool
    /// Whether a connect, first-byte, idle or total timeout cut the call (outcome `timeout`).
    package var isTimeout: Bool
    package var latencyMs: Double
    /// Input + output tokens; nil when unknown.
    package var totalTokens: Int?
    /// The highest injection score (0…1); nil when nothing was scored.
    package var injectionScore: Double?
    /// Whether the score reached the guard's threshold.
    package var isInjection: Bool
    package var sessionID: String?
    /// The guard flagged the session (over its suspicious-request limit).
    package var sessionFlagged: Bool
    /// Product IDs mentioned and how many were invalid; nil when the answer mentioned none.
    package var productMentions: Int?
    package var invalidProductIDs: Int?
    /// The quality score (0…1); nil when not checked.
    package var qualityScore: Double?
    /// The answer correctly refused an injection attempt (already reflected in the quality score).
    package var correctRefusal: Bool
    /// The call's cost in USD; nil when not priced.
    package var costUSD: Double?
    /// A redacted example for signals; nil when the adapter attached none.
    package var sample: RuleSample?

    /// An observation; every argument but `time`, `model` and `latencyMs` has a default
    /// (`isServerError` defaults to a status of 500 or more).
    package init(
        time: Double, model: String, statusCode: Int = 200, isError: Bool = false, is429: Bool = false,
        isServerError: Bool? = nil, isTimeout: Bool = false, latencyMs: Double, totalTokens: Int? = nil, injectionScore: Double? = nil, isInjection: Bool = false,
        sessionID: String? = nil, sessionFlagged: Bool = false, productMentions: Int? = nil,
        invalidProductIDs: Int? = nil, qualityScore: Double? = nil, correctRefusal: Bool = false,
        costUSD: Double? = nil, sample: RuleSample? = nil
    ) {
        self.time = time
        self.model = model
        self.statusCode = statusCode
        self.isError = isError
        self.is429 = is429
        self.isServerError = isServerError ?? (statusCode >= 500)
        self.isTimeout = isTimeout
        self.latencyMs = latencyMs
        self.totalTokens = totalTokens
        self.injectionScore = injectionScore
        self.isInjection = isInjection
        self.sessionID = sessionID
        self.sessionFlagged = sessionFlagged
        self.productMentions = productMentions
        self.invalidProductIDs = invalidProductIDs
        self.qualityScore = qualityScore
        self.correctRefusal = correctRefusal
        self.costUSD = costUSD
        self.sample = sample
    }
}
