package import ProxyCore

/// An exact, non-negative rational factor applied to a cost: `1/2` for flex and batch, `9/5` for
/// priority.
///
/// Applying it rounds the scaled pico-USD amount to the nearest whole pico-USD, halves away from
/// zero, so one application is off by at most half a pico-dollar (5 × 10⁻¹³ USD).
package struct PriceMultiplier: Sendable, Hashable, CustomStringConvertible {
    /// The numerator, in lowest terms.
    package let numerator: Int64
    /// The denominator, in lowest terms; always positive.
    package let denominator: Int64

    package static let one = PriceMultiplier(reducing: 1, 1)
    package static let zero = PriceMultiplier(reducing: 0, 1)
    package static let half = PriceMultiplier(reducing: 1, 2)

    /// A multiplier `numerator / denominator`, reduced to lowest terms; nil when the denominator is
    /// not positive or the numerator is negative.
    /// - Parameters:
    ///   - numerator: The numerator, zero or more.
    ///   - denominator: The denominator, one or more.
    package init?(numerator: Int64, denominator: Int64) {
        guard numerator >= 0, denominator > 0 else { return nil }
        self.init(reducing: numerator, denominator)
    }

    /// Reads a multiplier written as a decimal, exactly: `0.5` is 1/2 and `1.8` is 9/5.
    /// - Parameters:
    ///   - text: Decimal text with at most 6 fraction digits, at most 100.
    package init(parsing text: String) throws(PriceConfigError) {
        let micros = try DecimalMicros.parse(text, what: "multiplier")
        guard micros <= 100 * DecimalMicros.scale else {
            throw .outOfRange("invalid multiplier '\(text)': it must not exceed 100")
        }
        self.init(reducing: micros, DecimalMicros.scale)
    }

    private init(reducing numerator: Int64, _ denominator: Int64) {
        var (a, b) = (numerator, denominator)
        while b != 0 { (a, b) = (b, a % b) }
        let divisor = max(a, 1)
        self.numerator = numerator / divisor
        self.denominator = denominator / divisor
    }

    /// The amount times this factor, rounded to the nearest pico-USD (halves away from zero) and
    /// clamped to ``Money``'s range.
    /// - Parameters:
    ///   - money: The amount to scale.
    package func apply(to money: Money) -> Money {
        guard denominator != 1 || numerator != 1 else { return money }
        let product = Int128(money.picoUSD) * Int128(numerator)
        let half = Int128(denominator) / 2
        let rounded = product >= 0 ? (product + half) / Int128(denominator) : (product - half) / Int128(denominator)
        return Money(picoUSD: Int64(clamping: rounded))
    }

    /// The multiplier as decimal text when it has one with at most 6 digits (`0.5`, `1.8`), else
    /// as a fraction (`1/3`).
    package var description: String {
        let (micros, remainder) = (Int128(numerator) * Int128(DecimalMicros.scale)).quotientAndRemainder(
            dividingBy: Int128(denominator)
        )
        guard remainder == 0, let exact = Int64(exactly: micros) else { return "\(numerator)/\(denominator)" }
        return DecimalMicros.format(exact, minimumFractionDigits: 0)
    }
}
