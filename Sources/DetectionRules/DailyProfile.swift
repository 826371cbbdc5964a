/// A per-minute series (requests or tokens per minute) by hour of day: 24 buckets, each a mean
/// over about the last three days of that hour's minutes, for daily seasonality.
///
/// Bucket `h` holds the minutes of hour `h` (UTC). ``expected(atMinute:)`` interpolates linearly
/// between bucket centres, so a ramp that the profile has seen gives a steady ratio instead of a
/// sawtooth at each full hour. Memory is fixed: 2 × 24 numbers.
package struct DailyProfile: Sendable, Hashable {
    /// Hours per day.
    package static let hours = 24
    /// Minutes an hour needs before the profile counts as ready (a day of history).
    package static let minMinutesPerHour = 30.0
    /// EWMA weight of a new minute: 1/180, about three days of an hour's 60 minutes.
    static let weight = 1.0 / 180

    var means: [Double]
    var minutes: [Double]

    /// An empty profile.
    package init() {
        means = Array(repeating: 0, count: Self.hours)
        minutes = Array(repeating: 0, count: Self.hours)
    }

    private static func hourOfDay(_ minute: Int64) -> Int {
        Int(((minute % 1440) + 1440) % 1440 / 60)
    }

    /// Adds the value of one closed minute.
    /// - Parameters:
    ///   - y: The value (e.g. requests in that minute).
    ///   - minute: Minutes since the epoch.
    package mutating func add(_ y: Double, minute: Int64) {
        guard y.isFinite else { return }
        let h = Self.hourOfDay(minute)
        minutes[h] += 1
        means[h] += max(Self.weight, 1 / minutes[h]) * (y - means[h])
    }

    /// Whether every hour of the day has at least ``minMinutesPerHour`` minutes.
    package var isReady: Bool { minutes.allSatisfy { $0 >= Self.minMinutesPerHour } }

    /// The mean over all hours.
    package var dailyMean: Double { means.reduce(0, +) / Double(Self.hours) }

    /// The usual value at a minute, interpolated between the centres of its hour and the nearest.
    /// - Parameters:
    ///   - minute: Minutes since the epoch (fractional allowed).
    package func expected(atMinute minute: Double) -> Double {
        let day = minute - (minute / 1440).rounded(.down) * 1440
        let x = day / 60 - 0.5
        let lower = x.rounded(.down)
        let i = (Int(lower) + Self.hours) % Self.hours
        let frac = x - lower
        return means[i] * (1 - frac) + means[(i + 1) % Self.hours] * frac
    }

    /// Whether a decoded profile has the right shape.
    var isWellFormed: Bool {
        means.count == Self.hours && minutes.count == Self.hours && means.allSatisfy(\.isFinite)
            && minutes.allSatisfy { $0.isFinite && $0 >= 0 }
    }

    package static var approximateBytes: Int { 2 * hours * 8 + 64 }
}
