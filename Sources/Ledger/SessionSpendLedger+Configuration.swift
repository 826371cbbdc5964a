extension SessionSpendLedger {
    /// Limits of the per-session table.
    package struct Configuration: Sendable, Hashable {
        /// Sessions kept at most; the least recently active is evicted beyond it. Default 10,000.
        /// Clamped to at least 1.
        package var capacity: Int
        /// Idle time after which a session is forgotten. Default 30 minutes.
        package var idleTimeout: Duration

        /// Limits.
        /// - Parameters:
        ///   - capacity: Sessions kept at most.
        ///   - idleTimeout: Idle time after which a session is forgotten.
        package init(capacity: Int = 10_000, idleTimeout: Duration = .seconds(30 * 60)) {
            self.capacity = capacity
            self.idleTimeout = idleTimeout
        }

        package static let `default` = Configuration()
    }
}
