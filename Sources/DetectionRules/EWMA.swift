/// An exponentially weighted moving average: `value ← α·x + (1 − α)·value`, starting at the first x.
package struct EWMA: Sendable, Hashable, Codable {
    /// The weight of a new value (0…1).
    package let alpha: Double
    /// The current average; nil before the first value.
    package private(set) var value: Double?
    /// Values added.
    package private(set) var count = 0

    /// An average with weight `alpha` for each new value.
    /// - Parameters:
    ///   - alpha: The weight of a new value, in (0, 1].
    package init(alpha: Double) {
        self.alpha = min(max(alpha, 1e-6), 1)
    }

    /// Adds a value.
    /// - Parameters:
    ///   - x: The new value.
    package mutating func add(_ x: Double) {
        count += 1
        guard let v = value else {
            value = x
            return
        }
        value = alpha * x + (1 - alpha) * v
    }
}
