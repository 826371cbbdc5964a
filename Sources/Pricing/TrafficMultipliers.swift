/// Factors applied to list prices for each ``ServiceTier``.
///
/// Defaults follow gemini.md §8 ("batch and flex are 50% of these prices, and priority is 1.8×").
/// Provisioned throughput always gets zero: it is prepaid, and the cost says so with a flag.
package struct TrafficMultipliers: Sendable, Hashable {
    /// Factor for flex traffic. Default: 1/2.
    package var flex: PriceMultiplier
    /// Factor for batch jobs. Default: 1/2.
    package var batch: PriceMultiplier
    /// Factor for priority traffic. Default: 9/5 (1.8).
    package var priority: PriceMultiplier

    /// Factors for each tier.
    /// - Parameters:
    ///   - flex: Factor for flex traffic.
    ///   - batch: Factor for batch jobs.
    ///   - priority: Factor for priority traffic.
    package init(flex: PriceMultiplier, batch: PriceMultiplier, priority: PriceMultiplier) {
        self.flex = flex
        self.batch = batch
        self.priority = priority
    }

    package static let `default` = TrafficMultipliers(
        flex: .half,
        batch: .half,
        priority: PriceMultiplier(numerator: 9, denominator: 5)!
    )

    /// The factor for one tier: 1 on demand, 0 for provisioned throughput.
    /// - Parameters:
    ///   - tier: The call's service tier.
    package func multiplier(for tier: ServiceTier) -> PriceMultiplier {
        switch tier {
        case .flex: flex
        case .batch: batch
        case .priority: priority
        case .provisionedThroughput: .zero
        default: .one
        }
    }
}
