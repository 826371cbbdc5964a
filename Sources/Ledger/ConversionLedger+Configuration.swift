extension ConversionLedger {
    /// Limits of the conversion ledger.
    package struct Configuration: Sendable, Hashable {
        /// Order ids remembered at most, for idempotency. Default 20,000 (at most about 5.8 MB with
        /// 128-byte ids): far more orders than one pod sees retried.
        package var orderCapacity: Int
        /// How long an order id is remembered after its conversion. Default 7 days.
        package var orderTimeToLive: Duration
        /// The time each rolling-window bucket covers. Default 1 minute.
        package var bucketWidth: Duration
        /// Buckets kept; `bucketWidth × bucketCount` is the longest window. Default 1,440 (24 hours).
        package var bucketCount: Int

        /// Limits.
        /// - Parameters:
        ///   - orderCapacity: Order ids remembered at most.
        ///   - orderTimeToLive: How long an order id is remembered.
        ///   - bucketWidth: The time each bucket covers (at least one second).
        ///   - bucketCount: Buckets kept (at least one).
        package init(
            orderCapacity: Int = 20_000,
            orderTimeToLive: Duration = .seconds(7 * 24 * 3_600),
            bucketWidth: Duration = .seconds(60),
            bucketCount: Int = 1_440
        ) {
            self.orderCapacity = orderCapacity
            self.orderTimeToLive = orderTimeToLive
            self.bucketWidth = bucketWidth
            self.bucketCount = bucketCount
        }

        package static let `default` = Configuration()
    }
}
