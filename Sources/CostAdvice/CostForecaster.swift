package import ProxyCore

/// Forecasts the next 24 hours of spend from hourly buckets, for the
/// `llm.prediction.cost_forecast_24h` gauge.
///
/// Spend is summed into one bucket per clock hour (`floor(time ÷ 3600)`) in a ring of 7 × 24
/// buckets; memory is fixed. Only complete hours count: the hour `now` falls in is left out, so
/// the forecast changes once an hour. Hours without calls count as zero spend. The method:
/// 1. No complete hour since the first observation: no forecast (nil).
/// 2. Fewer than 24 complete hours: 24 × the mean spend of the last 6 complete hours (or of all of
///    them, when fewer). There is no daily pattern to follow yet.
/// 3. From 24 complete hours: the next 24 hours repeat the same hours of the previous day, which
///    together are simply the last 24 complete hours' spend.
/// 4. From 30 complete hours, that day is scaled by the recent trend: the last 6 hours' spend over the
///    spend of the same 6 hours one day earlier, clamped to 1/4…4 so that one burst or one quiet
///    spell cannot swing the forecast without bound. When those earlier hours spent nothing, the
///    factor is 1.
///
/// All arithmetic is exact in pico-dollars; the one division rounds to the nearest pico-dollar,
/// halves away from zero. A constant rate `r` per hour forecasts exactly `24 × r`.
package struct CostForecaster: Sendable {
    /// The metric the forecast is exported as.
    package static let metricName = "llm.prediction.cost_forecast_24h"
    /// Hours kept: one week.
    package static let hoursKept = 7 * 24

    private var buckets = [Money](repeating: .zero, count: CostForecaster.hoursKept)
    private var firstHour: Int64?
    private var latestHour: Int64 = .min
    /// Observations ignored: a non-finite time, or older than the ring.
    package private(set) var dropped = 0

    /// A forecaster with no data.
    package init() {}

    /// Adds one call's cost to its hour.
    /// - Parameters:
    ///   - cost: What the call cost.
    ///   - time: When it happened, in seconds since the Unix epoch (or any fixed origin).
    package mutating func observe(cost: Money, at time: Double) {
        guard let hour = CostForecaster.hour(of: time) else {
            dropped += 1
            return
        }
        if firstHour == nil {
            firstHour = hour
            latestHour = hour
        } else if hour > latestHour {
            var clear = max(latestHour + 1, hour - Int64(CostForecaster.hoursKept) + 1)
            while clear <= hour {
                buckets[slot(clear)] = .zero
                clear += 1
            }
            latestHour = hour
        } else if hour <= latestHour - Int64(CostForecaster.hoursKept) {
            dropped += 1
            return
        }
        firstHour = min(firstHour ?? hour, hour)
        buckets[slot(hour)] += cost
    }

    /// The spend expected over the next 24 hours, or nil before one complete hour of data.
    /// - Parameters:
    ///   - now: The current time, in the observations' seconds.
    package func forecast24h(now: Double) -> Money? {
        guard let firstHour, let nowHour = CostForecaster.hour(of: now), nowHour > firstHour else { return nil }
        let complete = min(Int64(CostForecaster.hoursKept), nowHour - firstHour)
        let recentHours = min(6, complete)
        let recent = spend(from: nowHour - recentHours, to: nowHour)
        guard complete >= 24 else {
            return CostForecaster.scale(recent, by: 24, over: Int128(recentHours))
        }
        let day = spend(from: nowHour - 24, to: nowHour)
        guard complete >= 30 else { return day }
        let earlier = spend(from: nowHour - 30, to: nowHour - 24)
        guard earlier > .zero else { return day }
        let (trend, base) = (Int128(recent.picoUSD), Int128(earlier.picoUSD))
        if trend * 4 < base { return CostForecaster.scale(day, by: 1, over: 4) }
        if trend > base * 4 { return CostForecaster.scale(day, by: 4, over: 1) }
        return CostForecaster.scale(day, by: trend, over: base)
    }

    /// The spend of hours `start ..< end`; hours not held in the ring count as zero.
    private func spend(from start: Int64, to end: Int64) -> Money {
        var total = Money.zero
        var hour = start
        while hour < end {
            if hour <= latestHour, hour > latestHour - Int64(CostForecaster.hoursKept) { total += buckets[slot(hour)] }
            hour += 1
        }
        return total
    }

    private func slot(_ hour: Int64) -> Int {
        Int(
            ((hour % Int64(CostForecaster.hoursKept)) + Int64(CostForecaster.hoursKept))
                % Int64(CostForecaster.hoursKept))
    }

    /// The clock hour of a time, or nil when it is not finite or out of range.
    private static func hour(of time: Double) -> Int64? {
        guard time.isFinite, abs(time) < 9e15 else { return nil }
        return Int64((time / 3_600).rounded(.down))
    }

    /// `money × numerator ÷ denominator`, rounded to the nearest pico-dollar, clamped to the range.
    private static func scale(_ money: Money, by numerator: Int128, over denominator: Int128) -> Money {
        guard denominator > 0 else { return money }
        let product = Int128(money.picoUSD) * numerator
        let half = denominator / 2
        let rounded = product >= 0 ? (product + half) / denominator : (product - half) / denominator
        return Money(picoUSD: Int64(clamping: rounded))
    }
}
