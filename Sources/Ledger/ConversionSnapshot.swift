/// The conversion figures `/v1/status` shows: the last hour, the last 24 hours and all time.
package struct ConversionSnapshot: Sendable, Hashable {
    /// The last hour.
    package var lastHour: ConversionWindowSummary
    /// The last 24 hours.
    package var lastDay: ConversionWindowSummary
    /// Since the ledger started.
    package var allTime: ConversionTotals
    /// Order ids remembered for idempotency.
    package var rememberedOrders: Int

    /// A snapshot.
    /// - Parameters:
    ///   - lastHour: The last hour.
    ///   - lastDay: The last 24 hours.
    ///   - allTime: Since the ledger started.
    ///   - rememberedOrders: Order ids remembered.
    package init(
        lastHour: ConversionWindowSummary, lastDay: ConversionWindowSummary, allTime: ConversionTotals,
        rememberedOrders: Int
    ) {
        self.lastHour = lastHour
        self.lastDay = lastDay
        self.allTime = allTime
        self.rememberedOrders = rememberedOrders
    }

    /// Both windows, shortest first, e.g. to set one gauge per window tag.
    package var windows: [ConversionWindowSummary] { [lastHour, lastDay] }
}
