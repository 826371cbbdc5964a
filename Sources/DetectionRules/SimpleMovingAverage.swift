/// The mean of the last `capacity` values, in a ring.
package struct SimpleMovingAverage: Sendable, Hashable {
    private var ring: [Double]
    private var next = 0
    private var total = 0.0
    /// Values held (at most the capacity).
    package private(set) var count = 0

    /// An average over the last `capacity` values.
    /// - Parameters:
    ///   - capacity: How many values to keep (≥ 1).
    package init(capacity: Int) {
        ring = Array(repeating: 0, count: max(1, capacity))
    }

    /// Adds a value, dropping the oldest when full.
    /// - Parameters:
    ///   - x: The new value.
    package mutating func add(_ x: Double) {
        if count == ring.count { total -= ring[next] } else { count += 1 }
        ring[next] = x
        total += x
        next = (next + 1) % ring.count
    }

    /// The mean of the values held, or nil when empty.
    package var value: Double? { count > 0 ? total / Double(count) : nil }
}
