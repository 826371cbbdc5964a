/// A deterministic random number generator (SplitMix64): the same seed gives the same sequence
/// on every platform, which `RandomNumberGenerator`'s system generator does not.
///
/// SplitMix64 as published by Steele, Lea and Flood, "Fast splittable pseudorandom number
/// generators" (OOPSLA 2014): `z = (state += 0x9E3779B97F4A7C15); z = (z ^ (z >> 30)) *
/// 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) * 0x94D049BB133111EB; return z ^ (z >> 31)`.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting at `seed`.
    /// - Parameters:
    ///   - seed: Any value; equal seeds give equal sequences.
    package init(seed: UInt64) {
        state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `0..<1`.
    package mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// True with probability `p`.
    /// - Parameters:
    ///   - p: The probability, 0…1.
    package mutating func chance(_ p: Double) -> Bool {
        p > 0 && unit() < p
    }

    /// A uniformly chosen element; `items` must not be empty.
    /// - Parameters:
    ///   - items: The candidates.
    package mutating func pick<T>(_ items: [T]) -> T {
        items[Int(next() % UInt64(items.count))]
    }

    /// A uniform integer in `range`.
    /// - Parameters:
    ///   - range: A non-empty closed range.
    package mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
}
