import Pricing
import ProxyCore

/// The instant tests start from; only differences from it matter.
let start = ContinuousClock.now

/// `start` plus some time.
func at(_ offset: Duration) -> ContinuousClock.Instant { start + offset }

extension Duration {
    static func minutes(_ count: Int) -> Duration { .seconds(60 * count) }
    static func hours(_ count: Int) -> Duration { .seconds(3_600 * count) }
    static func days(_ count: Int) -> Duration { .seconds(86_400 * count) }
}

/// An exact amount of US dollars written as decimal text with at most 6 fraction digits.
func usd(_ text: String) -> Money {
    // A test's own constants: a bad one should fail loudly.
    Money(picoUSD: try! DecimalMicros.parse(text) * 1_000_000)
}
