/// Sums, weights and maxima over the last `window` seconds, in fixed-width time buckets held in a ring.
///
/// Memory is fixed at creation: `buckets` slots of four 8-byte numbers. A value older than the
/// bucket its slot now holds is dropped (counted in ``lateDrops``).
package struct SlidingWindow: Sendable, Hashable {
    /// The span covered, in seconds.
    package let window: Double
    /// The width of one bucket, in seconds (`window / buckets`).
    package let bucketWidth: Double
    var epochs: [Int64]
    var sums: [Double]
    var weights: [Double]
    var maxima: [Double]
    /// Values dropped because their bucket had already been reused.
    package internal(set) var lateDrops = 0

    /// A window of `window` seconds in `buckets` buckets.
    /// - Parameters:
    ///   - window: The span in seconds (> 0).
    ///   - buckets: The number of buckets (default 30).
    package init(window: Double, buckets: Int = 30) {
        let count = Swift.max(1, buckets)
        self.window = Swift.max(window, 1e-3)
        self.bucketWidth = self.window / Double(count)
        epochs = Array(repeating: .min, count: count)
        sums = Array(repeating: 0, count: count)
        weights = Array(repeating: 0, count: count)
        maxima = Array(repeating: -.infinity, count: count)
    }

    /// The number of buckets.
    package var bucketCount: Int { epochs.count }

    private func epoch(_ time: Double) -> Int64 { Int64((time / bucketWidth).rounded(.down)) }

    /// Adds a value with a weight (the count it stands for) at a time.
    /// - Parameters:
    ///   - value: The amount added to the sum and compared with the maximum.
    ///   - weight: The amount added to the count (default 1).
    ///   - time: When it happened, in seconds since the epoch.
    package mutating func add(_ value: Double, weight: Double = 1, at time: Double) {
        let e = epoch(time)
        let slot = Int(((e % Int64(epochs.count)) + Int64(epochs.count)) % Int64(epochs.count))
        if epochs[slot] > e {
            lateDrops += 1
            return
        }
        if epochs[slot] < e {
            epochs[slot] = e
            sums[slot] = 0
            weights[slot] = 0
            maxima[slot] = -.infinity
        }
        sums[slot] += value
        weights[slot] += weight
        maxima[slot] = Swift.max(maxima[slot], value)
    }

    /// Visits the buckets inside the window ending at `now`.
    private func forEachLive(_ now: Double, _ body: (Int) -> Void) {
        let current = epoch(now)
        let oldest = current - Int64(epochs.count) + 1
        for i in epochs.indices where epochs[i] >= oldest && epochs[i] <= current { body(i) }
    }

    /// The sum of the values in the window ending at `now`.
    /// - Parameters:
    ///   - now: The end of the window.
    package func sum(now: Double) -> Double {
        var total = 0.0
        forEachLive(now) { total += sums[$0] }
        return total
    }

    /// The sum of the weights (the count) in the window ending at `now`.
    /// - Parameters:
    ///   - now: The end of the window.
    package func count(now: Double) -> Double {
        var total = 0.0
        forEachLive(now) { total += weights[$0] }
        return total
    }

    /// The largest value in the window ending at `now`, or nil when it is empty.
    /// - Parameters:
    ///   - now: The end of the window.
    package func max(now: Double) -> Double? {
        var m = -Double.infinity
        forEachLive(now) { m = Swift.max(m, maxima[$0]) }
        return m == -.infinity ? nil : m
    }

    /// Sum ÷ count in the window ending at `now`, or nil when the count is zero.
    /// - Parameters:
    ///   - now: The end of the window.
    package func mean(now: Double) -> Double? {
        let c = count(now: now)
        return c > 0 ? sum(now: now) / c : nil
    }

    /// The sum per second over the window ending at `now`.
    /// - Parameters:
    ///   - now: The end of the window.
    package func ratePerSecond(now: Double) -> Double { sum(now: now) / window }

    /// Bytes held by the ring (four 8-byte arrays), for memory accounting.
    package var approximateBytes: Int { epochs.count * 32 + 4 * 32 }
}
