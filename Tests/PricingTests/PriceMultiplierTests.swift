import ProxyCore
import Pricing
import Testing

@Suite struct PriceMultiplierTests {
    @Test(arguments: [
        ("0.5", Int64(1), Int64(2), "0.5"),
        ("1.8", 9, 5, "1.8"),
        ("1", 1, 1, "1"),
        ("0", 0, 1, "0"),
        ("0.25", 1, 4, "0.25"),
        ("100", 100, 1, "100"),
    ])
    func parsesExactly(text: String, numerator: Int64, denominator: Int64, shown: String) throws {
        let multiplier = try PriceMultiplier(parsing: text)
        #expect(multiplier.numerator == numerator)
        #expect(multiplier.denominator == denominator)
        #expect(multiplier.description == shown)
    }

    @Test(arguments: ["100.000001", "-1", "1/2", "", "0.0000001"])
    func rejects(text: String) {
        #expect(throws: PriceConfigError.self) { try PriceMultiplier(parsing: text) }
    }

    @Test func fractionsWithoutADecimalForm() throws {
        let third = try #require(PriceMultiplier(numerator: 2, denominator: 6))
        #expect(third.numerator == 1 && third.denominator == 3)
        #expect(third.description == "1/3")
        #expect(PriceMultiplier(numerator: 1, denominator: 0) == nil)
        #expect(PriceMultiplier(numerator: -1, denominator: 2) == nil)
    }

    /// Rounding is to the nearest pico-USD, halves away from zero.
    @Test(arguments: [
        (Int64(3), "0.5", Int64(2)),  // 1.5 → 2
        (1, "0.5", 1),  // 0.5 → 1
        (4, "0.5", 2),
        (1, "1.8", 2),  // 1.8 → 2
        (2, "1.8", 4),  // 3.6 → 4
        (7, "1.8", 13),  // 12.6 → 13
        (3, "1.8", 5),  // 5.4 → 5
        (5, "1.8", 9),
        (-3, "0.5", -2),  // -1.5 → -2
        (Int64.max, "1.8", Int64.max),  // clamped
        (123, "1", 123),
        (123, "0", 0),
    ])
    func appliesWithRounding(picoUSD: Int64, multiplier: String, expected: Int64) throws {
        let factor = try PriceMultiplier(parsing: multiplier)
        #expect(factor.apply(to: Money(picoUSD: picoUSD)) == Money(picoUSD: expected))
    }
}
