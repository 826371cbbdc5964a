import ProxyCore
import Pricing
import Testing

@Suite struct MoneyTests {
    @Test(arguments: [
        (Int64(0), "0.00"),
        (1, "0.000000000001"),
        (300_000, "0.0000003"),
        (18_750_000_000, "0.01875"),
        (1_500_000_000_000, "1.50"),
        (-2_250_000_000_000, "-2.25"),
        (Int64.max, "9223372.036854775807"),
    ])
    func decimalText(picoUSD: Int64, expected: String) {
        #expect(Money(picoUSD: picoUSD).decimalText == expected)
        #expect(Money(picoUSD: picoUSD).description == "$" + expected)
    }

    @Test(arguments: [
        (Int64(0), 0.0),
        (1_500_000_000_000, 1.5),
        (18_750_000_000, 0.01875),
        (-250_000_000_000, -0.25),
        (30_250_000_000, 0.03025),
    ])
    func dollars(picoUSD: Int64, expected: Double) {
        #expect(Money(picoUSD: picoUSD).dollars == expected)
    }

    /// A million additions of a tiny cost equal the exact product, with no drift.
    @Test func millionAdditionsStayExact() {
        // One cached token of gemini-2.0-flash-lite: 0.01875 USD/M = 18,750 pico-USD.
        let tiny = TokenPrice(microUSDPerMillion: 18_750).cost(of: 1)
        #expect(tiny == Money(picoUSD: 18_750))
        var total = Money.zero
        for _ in 0..<1_000_000 { total += tiny }
        #expect(total == Money(picoUSD: 18_750 * 1_000_000))
        #expect(total == TokenPrice(microUSDPerMillion: 18_750).cost(of: 1_000_000))
        #expect(total.decimalText == "0.01875")
        #expect(total.dollars == 0.01875)
        #expect(!total.isSaturated)
    }

    @Test func additionSaturatesInsteadOfTrapping() {
        let nearTop = Money(picoUSD: .max - 5)
        let (wrapped, overflow) = nearTop.addingReportingOverflow(Money(picoUSD: 10))
        #expect(overflow)
        #expect(wrapped.picoUSD < 0)
        #expect(nearTop + Money(picoUSD: 10) == Money(picoUSD: .max))
        #expect((nearTop + Money(picoUSD: 10)).isSaturated)
        #expect(nearTop + Money(picoUSD: 5) == Money(picoUSD: .max))
        #expect(!(nearTop + Money(picoUSD: 4)).isSaturated)
        #expect(Money(picoUSD: .min + 1) + Money(picoUSD: -2) == Money(picoUSD: .min))
    }

    @Test func tokenCostSaturatesAndIgnoresNegativeCounts() {
        let price = TokenPrice(microUSDPerMillion: 10_000_000_000)
        #expect(price.cost(of: Int.max) == Money(picoUSD: .max))
        #expect(price.cost(of: -5) == .zero)
        #expect(price.cost(of: 3) == Money(picoUSD: 30_000_000_000))
    }
}
