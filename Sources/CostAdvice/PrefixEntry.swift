import ProxyCore

/// What the advisor knows about one leading-content fingerprint of one model and dialect.
///
/// The first call carrying a prefix would create the cache, so savings and tokens count the calls
/// after it: ``repeatSaving`` is the sum over all calls minus the first call's share.
struct PrefixEntry: BoundedTableEntry {
    var model: String
    var dialect: Dialect
    /// Text bytes before the cut.
    var bytes: Int
    /// Whether the cut is a message end (for example the whole system instruction).
    var endsMessage: Bool
    /// The fingerprint of the next shorter cut in the same prompts, or nil for the first cut.
    var parent: UInt64?
    var count = 0
    var lastSeen: Double = 0
    /// Estimated prefix tokens, summed over calls (before subtracting tokens already cached).
    var prefixTokens = 0
    /// Prefix tokens not already served from a cache, summed over calls, and the first call's.
    var savableTokens = 0
    var firstSavableTokens = 0
    /// What those tokens would have saved at the cached price, summed over calls, and the first call's.
    var saving = Money.zero
    var firstSaving = Money.zero

    /// Savable tokens of the calls after the first.
    var repeatTokens: Int { savableTokens - firstSavableTokens }
    /// The saving of the calls after the first.
    var repeatSaving: Money { Money(picoUSD: saving.picoUSD - firstSaving.picoUSD) }
    /// The mean estimated prefix length in tokens.
    var meanPrefixTokens: Int { count == 0 ? 0 : prefixTokens / count }

    /// Counts one call.
    /// - Parameters:
    ///   - time: When the call started.
    ///   - prefixTokens: The prefix's estimated tokens in this call.
    ///   - savableTokens: Those not already billed at the cached price.
    ///   - saving: Their price difference between input and cached input.
    mutating func record(time: Double, prefixTokens: Int, savableTokens: Int, saving: Money) {
        if count == 0 {
            firstSavableTokens = savableTokens
            firstSaving = saving
        }
        count += 1
        lastSeen = max(lastSeen, time)
        self.prefixTokens = saturatingAdd(self.prefixTokens, prefixTokens)
        self.savableTokens = saturatingAdd(self.savableTokens, savableTokens)
        self.saving += saving
    }
}
