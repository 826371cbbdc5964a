import Ledger
import Pricing
import ProxyCore
import Testing

@Suite struct MoneyDivisionTests {
    /// Rounds to the nearest pico-dollar, halves away from zero.
    @Test(arguments: [
        (Int64(10), 3, Int64?.some(3)),
        (11, 3, 4),
        (-11, 3, -4),
        (15, 10, 2),
        (14, 10, 1),
        (-15, 10, -2),
        (0, 7, 0),
        (7, 0, nil),
        (7, -1, nil),
    ])
    func divided(picoUSD: Int64, count: Int, expected: Int64?) {
        #expect(Money(picoUSD: picoUSD).divided(by: count) == expected.map { Money(picoUSD: $0) })
    }
}
