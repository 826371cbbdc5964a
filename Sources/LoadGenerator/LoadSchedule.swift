/// Open-loop arrival times: when each generation request is due, independent of responses.
enum LoadSchedule {
    /// Arrival offsets in seconds within `[start, end)` at `rate` per second, or ramping linearly
    /// from `rate` to 4 × `rate` when `ramps` is set.
    ///
    /// With r(u) = r₀(1 + 3u/L) the expected count by u is N(u) = r₀(u + 1.5u²/L), so the k-th
    /// arrival is the positive root u = (−r₀ + √(r₀² + 6r₀k/L)) / (3r₀/L).
    /// - Parameters:
    ///   - rate: Requests per second at the start.
    ///   - start: The window's start, in seconds from the run's start.
    ///   - end: The window's end.
    ///   - ramps: Whether the rate ramps to 4×.
    static func arrivals(rate: Double, start: Double, end: Double, ramps: Bool) -> [Double] {
        let length = end - start
        guard rate > 0, length > 0 else { return [] }
        var times: [Double] = []
        var k = 0.0
        while true {
            let u = ramps ? (-rate + (rate * rate + 6 * rate * k / length).squareRoot()) / (3 * rate / length) : k / rate
            if u >= length { break }
            times.append(start + u)
            k += 1
        }
        return times
    }

    /// The rate factor (1…4) at `offset` within a ramp window, for the mock's 429 knob.
    static func rampFactor(at offset: Double, start: Double, end: Double) -> Double {
        end > start ? 1 + 3 * min(1, max(0, (offset - start) / (end - start))) : 1
    }
}
