package import Pricing
package import ProxyCore

/// LLM spend per end-user session, in a table of bounded size.
///
/// A least-recently-used table with an idle timeout: a session unseen for
/// ``Configuration/idleTimeout`` is forgotten, and when ``capacity`` sessions are held the least
/// recently active one is evicted to make room. Every operation is O(1) (see ``BoundedLRU``), and
/// memory stays under ``memoryBound(capacity:)`` for any number of sessions.
///
/// A value type with mutating methods and no clock of its own: the caller passes `now` (a
/// `ContinuousClock` instant, never going backwards) and wraps the ledger in a `Mutex`.
package struct SessionSpendLedger: Sendable {
    private(set) var table: BoundedLRU<SessionSpend>

    /// An empty ledger.
    /// - Parameters:
    ///   - configuration: Capacity and idle timeout.
    package init(configuration: Configuration = .default) {
        table = BoundedLRU(capacity: configuration.capacity, timeToLive: configuration.idleTimeout)
    }

    /// Sessions kept at most.
    package var capacity: Int { table.capacity }
    /// Idle time after which a session is forgotten.
    package var idleTimeout: Duration { table.timeToLive }
    /// Sessions held now (idle ones may linger until the next mutation).
    package var count: Int { table.count }
    /// Sessions evicted, least recently active first, to make room for new ones.
    package var evictions: Int { table.evictions }
    /// Sessions forgotten after ``idleTimeout`` without activity.
    package var expired: Int { table.expirations }
    /// Session ids from the most to the least recently active; O(n), for diagnostics and tests.
    package var sessionsByRecency: [String] { table.keysByRecency }

    /// Adds a call's cost to its session, creating the session when new.
    ///
    /// Negative costs and counts count as zero; sums saturate instead of overflowing.
    /// - Parameters:
    ///   - session: The session id (see ``SessionResolver``); ids longer than 128 bytes are cut,
    ///     and an id that normalizes to nothing records nothing.
    ///   - cost: The call's total cost.
    ///   - calls: Calls to add, usually 1.
    ///   - inputTokens: Prompt tokens, cached and tool-use ones included.
    ///   - outputTokens: Output tokens, thinking included.
    ///   - now: The current time.
    /// - Returns: The session's totals after the call, or nil when nothing was recorded.
    @discardableResult
    package mutating func record(
        session: String,
        cost: Money,
        calls: Int = 1,
        inputTokens: Int = 0,
        outputTokens: Int = 0,
        now: ContinuousClock.Instant
    ) -> SessionSpend? {
        guard let key = Self.key(session) else { return nil }
        return table.upsert(key, now: now, make: { SessionSpend(firstSeen: now) }) { entry in
            entry.spend += Money(picoUSD: max(0, cost.picoUSD))
            entry.calls = entry.calls.addingSaturated(calls)
            entry.inputTokens = entry.inputTokens.addingSaturated(inputTokens)
            entry.outputTokens = entry.outputTokens.addingSaturated(outputTokens)
            entry.lastSeen = now
            return entry
        }
    }

    /// Adds one priced call to its session: its total, its input tokens (cached included) and its
    /// output tokens (thinking included).
    /// - Parameters:
    ///   - session: The session id.
    ///   - cost: The call's cost from the price table.
    ///   - now: The current time.
    @discardableResult
    package mutating func record(session: String, cost: CostBreakdown, now: ContinuousClock.Instant) -> SessionSpend? {
        record(
            session: session,
            cost: cost.total,
            inputTokens: cost.inputTokens.addingSaturated(cost.cachedInputTokens),
            outputTokens: cost.outputTokens,
            now: now
        )
    }

    /// Adds one call as the pricing stage costed it (`CallRecord.cost`): its total, prompt tokens
    /// (cached included) and output tokens (candidates, thinking and nothing else).
    /// - Parameters:
    ///   - session: The session id.
    ///   - cost: The call's cost; an unknown model's zero amounts still count the call and tokens.
    ///   - now: The current time.
    @discardableResult
    package mutating func record(session: String, cost: CallCost, now: ContinuousClock.Instant) -> SessionSpend? {
        record(
            session: session,
            cost: cost.total,
            inputTokens: cost.usage.promptTokens.addingSaturated(cost.usage.toolUsePromptTokens),
            outputTokens: cost.usage.candidatesTokens.addingSaturated(cost.usage.thoughtsTokens),
            now: now
        )
    }

    /// A session's totals, or nil when unknown, evicted or idle past the timeout. Does not count as
    /// activity.
    /// - Parameters:
    ///   - session: The session id.
    ///   - now: The current time.
    package func spend(of session: String, now: ContinuousClock.Instant) -> SessionSpend? {
        guard let key = Self.key(session) else { return nil }
        return table.entry(key, now: now)?.value
    }

    /// Credits a conversion to a session: returns the spend not yet credited to an earlier
    /// conversion of the same session, and marks it credited. Counts as activity.
    ///
    /// The first conversion of a session gets all its spend so far; a later one only what was
    /// spent since, so no spend is counted twice.
    /// - Parameters:
    ///   - session: The session id.
    ///   - now: The current time.
    /// - Returns: The newly credited spend, or nil when the session is unknown, evicted or expired.
    package mutating func attributeConversion(of session: String, now: ContinuousClock.Instant) -> Money? {
        guard let key = Self.key(session) else { return nil }
        return table.update(key, now: now) { entry in
            let credited = entry.unattributedSpend
            entry.attributedSpend = entry.spend
            entry.conversions = entry.conversions.addingSaturated(1)
            entry.lastSeen = now
            return credited
        }
    }

    /// Forgets the sessions idle for ``idleTimeout`` or longer. Recording does this too; call it
    /// from a periodic sweep to release memory when traffic stops.
    /// - Parameters:
    ///   - now: The current time.
    package mutating func removeExpired(now: ContinuousClock.Instant) {
        table.removeExpired(now: now)
    }

    /// The table key for an id: its normalized form (see ``SessionResolver/normalize(_:)``), so a
    /// caller that skipped the resolver still cannot store a blank or over-long id.
    private static func key(_ session: String) -> String? {
        SessionResolver.normalize(session)
    }
}
