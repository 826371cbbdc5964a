package import ProxyCore

/// Conversions reported on `POST /v1/conversions`, the per-session spend they are credited with,
/// and cost per conversion over rolling windows. Pure and of bounded size.
///
/// It owns the ``SessionSpendLedger`` so that one lock covers both: the server records each call's
/// cost through ``sessions`` and each conversion through ``record(_:now:)``.
///
/// Cost per conversion over a window is all LLM spend in the window (``recordSpend(_:now:)``,
/// every billed call) divided by the conversions in the window, as the owners' plan defines it.
/// Each conversion is also credited with its session's spend (``ConversionTotals/convertedSpend``),
/// which shows how much of the spend converting sessions account for. A conversion is credited with its session's spend
/// *at the moment it is recorded* (a snapshot, not revised later): spend after the conversion
/// waits for the session's next conversion, if any, and spend already credited to an earlier
/// conversion of the session is not credited again. A conversion whose session is unknown (never
/// seen, evicted or idle past its timeout) counts with zero spend.
///
/// Memory: the session table (``SessionSpendLedger/memoryBound(capacity:)``), the order ids
/// (``RecentOrderIDs/memoryBound(capacity:)``) and `bucketCount` buckets of 32 bytes (46 KB for
/// 24 hours of 1-minute buckets).
package struct ConversionLedger: Sendable {
    /// Per-session spend; record every priced call here.
    package var sessions: SessionSpendLedger
    /// Order ids already counted.
    package private(set) var orders: RecentOrderIDs
    private var windows: ConversionWindows
    /// Sums since the ledger started.
    package private(set) var totals = ConversionTotals()

    /// An empty ledger.
    /// - Parameters:
    ///   - configuration: Order-id limits and window buckets.
    ///   - sessions: The per-session spend ledger, usually empty.
    package init(configuration: Configuration = .default, sessions: SessionSpendLedger = SessionSpendLedger()) {
        self.sessions = sessions
        self.orders = RecentOrderIDs(capacity: configuration.orderCapacity, timeToLive: configuration.orderTimeToLive)
        self.windows = ConversionWindows(bucketWidth: configuration.bucketWidth, bucketCount: configuration.bucketCount)
    }

    /// The longest window the buckets cover.
    package var longestWindow: Duration { windows.span }

    /// Counts a conversion once per order id.
    ///
    /// A new order credits its session's uncredited spend, marks the session converted and adds
    /// to the totals and the current bucket. A duplicate changes nothing.
    /// - Parameters:
    ///   - request: A parsed request.
    ///   - now: The current time.
    package mutating func record(_ request: ConversionRequest, now: ContinuousClock.Instant) -> ConversionResult {
        guard !orders.contains(request.orderID, now: now) else { return .duplicate(orderID: request.orderID) }
        orders.insert(request.orderID, now: now)
        let credited = sessions.attributeConversion(of: request.sessionID, now: now)
        let spend = credited ?? .zero
        windows.add(now: now, revenue: request.value, spend: spend)
        totals.conversions = totals.conversions.addingSaturated(1)
        totals.revenue += request.value
        totals.convertedSpend += spend
        return .recorded(
            ConversionEvent(
                sessionID: request.sessionID, orderID: request.orderID, value: request.value,
                creditedSpend: spend, sessionFound: credited != nil, recordedAt: now
            )
        )
    }

    /// Adds a billed call's cost to the spend of the current bucket (every call, with or without
    /// a session; record the session's share through ``sessions`` as well).
    package mutating func recordSpend(_ cost: Money, now: ContinuousClock.Instant) {
        windows.addSpend(now: now, spend: cost)
        totals.totalSpend += cost
    }

    /// A billed call of `amount`: the window's spend, and `session`'s spend when it names one.
    package mutating func recordCall(session: String?, amount: Money, now: ContinuousClock.Instant) {
        recordSpend(amount, now: now)
        if let session { sessions.record(session: session, cost: amount, now: now) }
    }

    /// Cost per conversion over the window ending at `now`: all spend ÷ conversions, rounded
    /// to the pico-dollar; nil when the window holds no conversion.
    /// - Parameters:
    ///   - window: The window, e.g. `.seconds(3_600)`; rounded up to whole buckets and at most
    ///     ``longestWindow``.
    ///   - now: The window's end.
    package func costPerConversion(window: Duration, now: ContinuousClock.Instant) -> Money? {
        summary(window: window, now: now).costPerConversion
    }

    /// Conversions, revenue and credited spend over the window ending at `now`.
    /// - Parameters:
    ///   - window: The window (see ``costPerConversion(window:now:)``).
    ///   - now: The window's end.
    package func summary(window: Duration, now: ContinuousClock.Instant) -> ConversionWindowSummary {
        let sums = windows.totals(window: window, now: now)
        var totals = ConversionTotals()
        totals.conversions = sums.conversions
        totals.revenue = sums.revenue
        totals.convertedSpend = sums.spend
        totals.totalSpend = sums.totalSpend
        let covered = windows.bucketWidth * windows.bucketsCovering(window)
        return ConversionWindowSummary(window: window, covered: covered, totals: totals)
    }

    /// The figures for `/v1/status`: the last hour, the last 24 hours and all time.
    /// - Parameters:
    ///   - now: The current time.
    package func snapshot(now: ContinuousClock.Instant) -> ConversionSnapshot {
        ConversionSnapshot(
            lastHour: summary(window: .seconds(3_600), now: now),
            lastDay: summary(window: .seconds(86_400), now: now),
            allTime: totals,
            rememberedOrders: orders.count
        )
    }
}
