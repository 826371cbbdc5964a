import FoundationEssentials

/// Wall-clock time for record timestamps (durations use `ContinuousClock`).
enum WallClock {
    /// Seconds since the Unix epoch.
    static func now() -> Double {
        Date().timeIntervalSince1970
    }
}
