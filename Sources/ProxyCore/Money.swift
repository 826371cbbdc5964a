/// An amount of US dollars held exactly, as whole pico-dollars (10⁻¹² USD) in an `Int64`.
///
/// A price of `P` micro-USD per million tokens times `N` tokens is exactly `N × P` pico-USD, so a
/// cost needs no rounding until a ``PriceMultiplier`` scales it. The range is about ±9.2 million USD.
/// `+` saturates at the ends of that range instead of trapping, so a running total can never crash
/// the proxy; ``isSaturated`` tells a saturated total from a real one, and
/// ``addingReportingOverflow(_:)`` reports the overflow itself.
package struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Pico-dollars in one dollar.
    package static let picosPerDollar: Int64 = 1_000_000_000_000

    /// The amount in pico-USD (10⁻¹² USD).
    package var picoUSD: Int64

    /// An amount of pico-USD.
    /// - Parameters:
    ///   - picoUSD: The amount in 10⁻¹² USD.
    package init(picoUSD: Int64) {
        self.picoUSD = picoUSD
    }

    package static let zero = Money(picoUSD: 0)

    /// Whether the amount sits at the end of the range, as left there by a saturating `+`.
    package var isSaturated: Bool { picoUSD == .max || picoUSD == .min }

    /// The sum, and whether it overflowed (the partial value then wraps, as with integers).
    /// - Parameters:
    ///   - other: The amount to add.
    package func addingReportingOverflow(_ other: Money) -> (partialValue: Money, overflow: Bool) {
        let (sum, overflow) = picoUSD.addingReportingOverflow(other.picoUSD)
        return (Money(picoUSD: sum), overflow)
    }

    /// The sum, clamped to the range instead of trapping on overflow.
    package static func + (lhs: Money, rhs: Money) -> Money {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        guard overflow else { return sum }
        return Money(picoUSD: rhs.picoUSD > 0 ? .max : .min)
    }

    package static func += (lhs: inout Money, rhs: Money) {
        lhs = lhs + rhs
    }

    package static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.picoUSD < rhs.picoUSD
    }

    /// The amount in dollars as a `Double`, for export only (metrics, JSON); never sum these.
    ///
    /// Whole dollars and the fraction convert separately, so the result is the nearest `Double`
    /// to the exact amount for any value below 2⁵³ dollars.
    package var dollars: Double {
        let whole = picoUSD / Money.picosPerDollar
        let fraction = picoUSD % Money.picosPerDollar
        return Double(whole) + Double(fraction) / Double(Money.picosPerDollar)
    }

    /// The exact amount in dollars as decimal text, with at least two fraction digits:
    /// `0.00`, `1.50`, `0.0000003`, `-2.25`.
    package var decimalText: String {
        let magnitude = picoUSD.magnitude
        let scale = UInt64(Money.picosPerDollar)
        var fraction = String(magnitude % scale)
        fraction = String(repeating: "0", count: 12 - fraction.count) + fraction
        while fraction.count > 2, fraction.last == "0" { fraction.removeLast() }
        return (picoUSD < 0 ? "-" : "") + "\(magnitude / scale).\(fraction)"
    }

    /// `$` followed by ``decimalText``.
    package var description: String { "$" + decimalText }
}
