package import ProxyCore

extension Money {
    /// The amount divided by a positive count, rounded to the nearest pico-dollar (halves away
    /// from zero); nil when `count` is not positive.
    /// - Parameters:
    ///   - count: The divisor, e.g. a number of conversions.
    package func divided(by count: Int) -> Money? {
        guard count > 0 else { return nil }
        let divisor = Int64(clamping: count)
        let (quotient, remainder) = picoUSD.quotientAndRemainder(dividingBy: divisor)
        guard remainder.magnitude * 2 >= divisor.magnitude else { return Money(picoUSD: quotient) }
        return Money(picoUSD: picoUSD < 0 ? quotient - 1 : quotient + 1)
    }
}
