import ProxyCore

/// Scales a saving observed over a window to 30 days, exactly.
///
/// monthly = saving × 2,592,000 s ÷ window, where the window is at least the configured minimum
/// (1 hour by default). The arithmetic is in whole pico-dollars and milliseconds: the window is
/// rounded to the millisecond, the product taken in 128 bits, and the quotient rounded to the
/// nearest pico-dollar (halves away from zero), then clamped to ``Money``'s range.
struct MonthlyProjection: Sendable, Hashable {
    /// Seconds in the 30-day month the advice reports.
    static let secondsPerMonth: Int64 = 2_592_000

    /// The span extrapolated from, in seconds.
    let windowSeconds: Double
    private let windowMilliseconds: Int64

    /// A projection.
    /// - Parameters:
    ///   - observedSeconds: The window's span.
    ///   - minimumSeconds: The shortest span accepted; shorter spans count as this.
    init(observedSeconds: Double, minimumSeconds: Double) {
        let floor = max(0.001, minimumSeconds.isFinite ? minimumSeconds : 3_600)
        let span = observedSeconds.isFinite ? max(observedSeconds, floor) : floor
        let milliseconds = max(1, Int64((min(span, 1e15) * 1_000).rounded()))
        self.windowMilliseconds = milliseconds
        self.windowSeconds = Double(milliseconds) / 1_000
    }

    /// A window saving scaled to 30 days.
    /// - Parameters:
    ///   - saving: The saving over the window.
    func monthly(_ saving: Money) -> Money {
        let product = Int128(saving.picoUSD) * Int128(MonthlyProjection.secondsPerMonth) * 1_000
        let divisor = Int128(windowMilliseconds)
        let half = divisor / 2
        let rounded = product >= 0 ? (product + half) / divisor : (product - half) / divisor
        return Money(picoUSD: Int64(clamping: rounded))
    }
}
