import ProxyCore

/// What the advisor knows about one whole prompt (text, tool parts and settings) of one model and
/// dialect: how often it was sent and what the calls after the first cost.
struct PromptEntry: BoundedTableEntry {
    var model: String
    var dialect: Dialect
    var count = 0
    var lastSeen: Double = 0
    /// Total cost of the calls after the first: what a response cache would have saved.
    var repeatSpend = Money.zero
    /// Total tokens of the calls after the first.
    var repeatTokens = 0

    /// Counts one call.
    /// - Parameters:
    ///   - time: When the call started.
    ///   - cost: What the call cost.
    ///   - tokens: The call's total tokens.
    mutating func record(time: Double, cost: Money, tokens: Int) {
        if count > 0 {
            repeatSpend += cost
            repeatTokens = saturatingAdd(repeatTokens, tokens)
        }
        count += 1
        lastSeen = max(lastSeen, time)
    }
}
