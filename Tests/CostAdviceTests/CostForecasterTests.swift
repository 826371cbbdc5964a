import CostAdvice
import ProxyCore
import Testing

/// One dollar in pico-USD.
private let dollar = Money.picosPerDollar

@Suite struct CostForecasterTests {
    /// Hour 0 of the scripted day: 2025-06-15T15:00:00Z, on an hour boundary.
    static let hour0 = 1_749_999_600.0

    /// Feeds `perHour[h]` dollars' worth of pico-USD into hour `h`, as 10 equal calls.
    static func forecaster(_ perHour: [Int64]) -> CostForecaster {
        var forecaster = CostForecaster()
        for (hour, picoUSD) in perHour.enumerated() where picoUSD > 0 {
            for call in 0..<10 {
                forecaster.observe(
                    cost: Money(picoUSD: picoUSD / 10), at: hour0 + Double(hour) * 3_600 + Double(call) * 300)
            }
        }
        return forecaster
    }

    static func at(hour: Int) -> Double { hour0 + Double(hour) * 3_600 + 1 }

    /// Nothing before one complete hour.
    @Test func needsOneCompleteHour() {
        #expect(CostForecaster().forecast24h(now: CostForecasterTests.hour0) == nil)
        let forecaster = CostForecasterTests.forecaster([dollar])
        #expect(forecaster.forecast24h(now: CostForecasterTests.hour0 + 3_599) == nil)
        #expect(forecaster.forecast24h(now: CostForecasterTests.at(hour: 1)) == Money(picoUSD: 24 * dollar))
    }

    /// A constant rate forecasts exactly 24 × the rate: after 3 hours (recent mean), after 24
    /// (previous day) and after 48 (previous day × trend 1).
    @Test(arguments: [3, 24, 29, 48, 168, 200])
    func constantRate(hours: Int) {
        let forecaster = CostForecasterTests.forecaster(Array(repeating: dollar / 2, count: hours))
        #expect(forecaster.forecast24h(now: CostForecasterTests.at(hour: hours)) == Money(picoUSD: 12 * dollar))
    }

    /// A step inside the first day: 4 hours at $1, then 6 at $3; the last 6 hours average $3.
    @Test func stepWithinFirstDay() {
        let forecaster = CostForecasterTests.forecaster(
            Array(repeating: dollar, count: 4) + Array(repeating: 3 * dollar, count: 6))
        #expect(forecaster.forecast24h(now: CostForecasterTests.at(hour: 10)) == Money(picoUSD: 72 * dollar))
    }

    /// 30 hours at $1, then 6 at $2. Previous day (hours 12–35): 18 × $1 + 6 × $2 = $30. Trend: the
    /// last 6 hours ($12) over the same hours a day earlier (hours 6–11, $6) = 2. Forecast $60.
    @Test func stepAfterADay() {
        let forecaster = CostForecasterTests.forecaster(
            Array(repeating: dollar, count: 30) + Array(repeating: 2 * dollar, count: 6))
        #expect(forecaster.forecast24h(now: CostForecasterTests.at(hour: 36)) == Money(picoUSD: 60 * dollar))
    }

    /// 30 hours at $1, then 6 at $10: previous day 18 + 60 = $78, trend 10 clamped to 4: $312.
    @Test func trendIsClamped() {
        let forecaster = CostForecasterTests.forecaster(
            Array(repeating: dollar, count: 30) + Array(repeating: 10 * dollar, count: 6))
        #expect(forecaster.forecast24h(now: CostForecasterTests.at(hour: 36)) == Money(picoUSD: 312 * dollar))
    }

    /// Empty hours count as zero: hours 0–5 at $6 except hour 3, so the last 6 hours spent $30 and
    /// the forecast is 24 × $30 ÷ 6 = $120.
    @Test func emptyHours() {
        let forecaster = CostForecasterTests.forecaster([6, 6, 6, 0, 6, 6].map { $0 * dollar })
        #expect(forecaster.forecast24h(now: CostForecasterTests.at(hour: 6)) == Money(picoUSD: 120 * dollar))
    }

    /// A week without calls forecasts zero, not the old traffic; the ring keeps no stale hours.
    @Test func longSilence() {
        let forecaster = CostForecasterTests.forecaster(Array(repeating: dollar, count: 10))
        #expect(forecaster.forecast24h(now: CostForecasterTests.at(hour: 10 + 168)) == .zero)
        var resumed = forecaster
        resumed.observe(cost: Money(picoUSD: 2 * dollar), at: CostForecasterTests.at(hour: 10 + 168 * 2))
        // Hours 10 + 168 ... are empty except the last one, which is not yet complete.
        #expect(resumed.forecast24h(now: CostForecasterTests.at(hour: 10 + 168 * 2)) == .zero)
        #expect(resumed.forecast24h(now: CostForecasterTests.at(hour: 11 + 168 * 2)) == Money(picoUSD: 2 * dollar))
    }

    /// Calls older than the ring and non-finite times are dropped and counted.
    @Test func dropsWhatItCannotHold() {
        var forecaster = CostForecasterTests.forecaster([dollar])
        forecaster.observe(cost: Money(picoUSD: dollar), at: CostForecasterTests.at(hour: 200))
        forecaster.observe(cost: Money(picoUSD: dollar), at: CostForecasterTests.at(hour: 0))
        forecaster.observe(cost: Money(picoUSD: dollar), at: Double.nan)
        #expect(forecaster.dropped == 2)
    }
}
