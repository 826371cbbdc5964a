import JSON

/// Seven days of hourly means in a ring of 168 buckets, giving a 7-day moving average and how much
/// history it rests on.
///
/// Bucket `h % 168` holds hour `h` (hours since the epoch). The moving average is the mean of the
/// hourly means of the 168 hours *before* the current one, so a problem in progress does not pull
/// its own baseline. Memory is fixed: 168 × 3 numbers.
package struct HourlyBaseline: Sendable, Hashable {
    /// Hours kept (7 × 24).
    package static let hours = 168

    /// The hour held by each bucket, or −1 for none.
    var hourIndex: [Int64]
    var sums: [Double]
    var counts: [Double]

    /// An empty baseline.
    package init() {
        hourIndex = Array(repeating: -1, count: Self.hours)
        sums = Array(repeating: 0, count: Self.hours)
        counts = Array(repeating: 0, count: Self.hours)
    }

    /// Whether a decoded baseline has the right shape.
    var isWellFormed: Bool {
        hourIndex.count == Self.hours && sums.count == Self.hours && counts.count == Self.hours
            && sums.allSatisfy(\.isFinite) && counts.allSatisfy { $0.isFinite && $0 >= 0 }
    }

    private static func hour(_ time: Double) -> Int64 { Int64((time / 3600).rounded(.down)) }

    /// Adds a value to the hour containing `time`.
    /// - Parameters:
    ///   - value: The value (e.g. a quality score or a cost per conversion).
    ///   - time: Seconds since the epoch.
    package mutating func add(_ value: Double, at time: Double) {
        guard value.isFinite else { return }
        let h = Self.hour(time)
        let slot = Int(((h % Int64(Self.hours)) + Int64(Self.hours)) % Int64(Self.hours))
        if hourIndex[slot] > h { return }
        if hourIndex[slot] < h {
            hourIndex[slot] = h
            sums[slot] = 0
            counts[slot] = 0
        }
        sums[slot] += value
        counts[slot] += 1
    }

    /// The number of past hours with data and the sum of their means.
    private func past(now: Double) -> (hours: Int, sumOfMeans: Double) {
        let current = Self.hour(now)
        var hours = 0
        var total = 0.0
        for i in hourIndex.indices
        where hourIndex[i] >= current - Int64(Self.hours) && hourIndex[i] < current && counts[i] > 0 {
            hours += 1
            total += sums[i] / counts[i]
        }
        return (hours, total)
    }

    /// The moving average and the covered hours in one pass.
    /// - Parameters:
    ///   - now: The current time.
    package func history(now: Double) -> (movingAverage: Double?, coveredHours: Int) {
        let p = past(now: now)
        return (p.hours > 0 ? p.sumOfMeans / Double(p.hours) : nil, p.hours)
    }

    /// The mean of the hourly means over the 7 days before the current hour, or nil with no history.
    /// - Parameters:
    ///   - now: The current time.
    package func movingAverage(now: Double) -> Double? {
        let p = past(now: now)
        return p.hours > 0 ? p.sumOfMeans / Double(p.hours) : nil
    }

    /// Past hours with data within the last 7 days.
    /// - Parameters:
    ///   - now: The current time.
    package func coveredHours(now: Double) -> Int { past(now: now).hours }

    /// Covered hours ÷ 24: "covers 2.5 of 7 days".
    /// - Parameters:
    ///   - now: The current time.
    package func coveredDays(now: Double) -> Double { Double(coveredHours(now: now)) / 24 }

    /// Bytes held: three arrays of 168 eight-byte numbers plus headers.
    package static var approximateBytes: Int { hours * 24 + 3 * 32 }
}


extension HourlyBaseline {
    /// `{"hourIndex":[…],"sums":[…],"counts":[…]}`, as ``BaselineSnapshot`` stores it.
    func write(into json: inout JSONWriter) {
        json.object { json in
            json.key("hourIndex")
            json.array { json in for hour in hourIndex { json.number(hour) } }
            json.key("sums")
            json.array { json in for sum in sums { json.number(sum) } }
            json.key("counts")
            json.array { json in for count in counts { json.number(count) } }
        }
    }

    /// Reads what ``write(into:)`` wrote; nil when a field is missing or not a number. The shape
    /// (168 finite buckets) is checked by the caller with ``isWellFormed``.
    init?(json: JSONValue) {
        guard let hours = json["hourIndex"]?.arrayValue, let sums = json["sums"]?.arrayValue,
            let counts = json["counts"]?.arrayValue
        else { return nil }
        let hourIndex = hours.compactMap { $0.intValue.map(Int64.init) }
        let sumValues = sums.compactMap(\.doubleValue)
        let countValues = counts.compactMap(\.doubleValue)
        guard hourIndex.count == hours.count, sumValues.count == sums.count, countValues.count == counts.count else { return nil }
        self.init()
        self.hourIndex = hourIndex
        self.sums = sumValues
        self.counts = countValues
    }
}
