import ProxyCore

/// Per model and dialect figures for one window: spend, output lengths, truncation, quality,
/// repricing on a cheaper model, and prompts carrying product listings.
struct ModelStats: BoundedTableEntry {
    var model: String
    var dialect: Dialect
    /// Calls seen.
    var count = 0
    var lastSeen: Double = 0
    /// What the calls cost.
    var spend = Money.zero
    /// Billable output tokens (candidates plus thinking) per call.
    var output = OutputHistogram()

    /// Calls that finished with `MAX_TOKENS`, their output tokens and the output cost.
    var truncatedCalls = 0
    var truncatedTokens = 0
    var truncatedSpend = Money.zero

    /// Calls that carried a quality score, and the sum of the scores.
    var scoredCalls = 0
    var qualitySum = 0.0
    /// The next cheaper model, the calls and tokens repriced, and what they cost here and would cost there.
    var cheaperModel: String?
    var repricedCalls = 0
    var repricedTokens = 0
    var listCost = Money.zero
    var cheaperCost = Money.zero

    /// Calls whose prompt held a product listing, its estimated tokens and what they cost.
    var listingCalls = 0
    var listingTokens = 0
    var listingSpend = Money.zero
    var listingBytes = 0
    var listingItems = 0
}
