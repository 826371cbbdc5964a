package import ProxyCore

/// What one end-user session has spent on LLM calls so far.
package struct SessionSpend: Sendable, Hashable {
    /// The sum of the session's call costs, exact.
    package var spend: Money = .zero
    /// Calls recorded.
    package var calls = 0
    /// Prompt tokens, cached and tool-use prompt tokens included.
    package var inputTokens = 0
    /// Output tokens, thinking included.
    package var outputTokens = 0
    /// The part of ``spend`` already credited to a conversion (see
    /// ``SessionSpendLedger/attributeConversion(of:now:)``).
    package var attributedSpend: Money = .zero
    /// Conversions credited to the session.
    package var conversions = 0
    /// When the session's first call in this entry was recorded.
    package var firstSeen: ContinuousClock.Instant
    /// When the session was last active (a call or a conversion).
    package var lastSeen: ContinuousClock.Instant

    /// A session with no spend yet.
    /// - Parameters:
    ///   - now: When it was first seen.
    package init(firstSeen now: ContinuousClock.Instant) {
        self.firstSeen = now
        self.lastSeen = now
    }

    /// Spend not yet credited to any conversion: `spend − attributedSpend`.
    package var unattributedSpend: Money { Money(picoUSD: max(0, spend.picoUSD - attributedSpend.picoUSD)) }

    /// Whether at least one conversion was credited to the session.
    package var isConverted: Bool { conversions > 0 }
}
