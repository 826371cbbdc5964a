import RealModule
import ProxyCore
/// A rolling, per-endpoint baseline of answer lengths, so "too short" and "runaway" are judged
/// against what an endpoint usually returns rather than fixed character counts.
///
/// Per endpoint it keeps an exponentially weighted mean and variance of `ln(1 + length)` (lengths in
/// Unicode scalars). The first samples are averaged equally (weight `max(alpha, 1/n)`), so the
/// baseline settles quickly and then follows drift. At most `maxEndpoints` endpoints are kept; a new
/// one evicts the least recently updated. A plain value: the caller owns it (e.g. in a `Mutex`),
/// feeds it healthy answers with `record(endpoint:length:)` and passes `stats(for:)` to the scorer.
package struct LengthBaseline: Sendable, Hashable {
    /// Baseline settings.
    package struct Configuration: Sendable, Hashable {
        /// Weight of each new sample once warmed up. Default: 0.05 (about the last 20–40 answers).
        package var alpha: Double = 0.05
        /// Endpoints kept. Default: 64.
        package var maxEndpoints: Int = 64

        package init(alpha: Double = 0.05, maxEndpoints: Int = 64) {
            self.alpha = alpha
            self.maxEndpoints = maxEndpoints
        }

        package static let `default` = Configuration()
    }

    /// One endpoint's baseline.
    package struct Stats: Sendable, Hashable {
        /// Samples recorded.
        package var count: Int
        /// Weighted mean of `ln(1 + length)`.
        package var mean: Double
        /// Weighted variance of `ln(1 + length)`.
        package var variance: Double

        package init(count: Int, mean: Double, variance: Double) {
            self.count = count
            self.mean = mean
            self.variance = variance
        }

        package var standardDeviation: Double { max(variance, 0).squareRoot() }

        /// The typical length in scalars (the weighted geometric mean), for reports.
        package var typicalLength: Int { Int(max(0, Double.exp(mean) - 1).rounded()) }
    }

    private struct Entry: Sendable, Hashable {
        var stats: Stats
        var lastUse: UInt64
    }

    package let configuration: Configuration
    private var entries: [String: Entry] = [:]
    private var tick: UInt64 = 0

    /// An empty baseline.
    /// - Parameters:
    ///   - configuration: Smoothing and size bound.
    package init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// The endpoints currently tracked.
    package var endpointCount: Int { entries.count }

    /// The baseline of `endpoint`, or nil if it has none.
    /// - Parameters:
    ///   - endpoint: A bounded endpoint name (a route, not a raw URL).
    package func stats(for endpoint: String) -> Stats? { entries[endpoint]?.stats }

    /// Adds one answer length to `endpoint`'s baseline.
    /// - Parameters:
    ///   - endpoint: A bounded endpoint name.
    ///   - length: The answer's length in Unicode scalars.
    package mutating func record(endpoint: String, length: Int) {
        tick &+= 1
        let x = Double.log(1 + Double(max(0, length)))
        guard var entry = entries[endpoint] else {
            if entries.count >= max(1, configuration.maxEndpoints), let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
                entries[oldest.key] = nil
            }
            entries[endpoint] = Entry(stats: Stats(count: 1, mean: x, variance: 0), lastUse: tick)
            return
        }
        entry.stats.count += 1
        let weight = max(configuration.alpha, 1 / Double(entry.stats.count))
        let diff = x - entry.stats.mean
        let increment = weight * diff
        entry.stats.mean += increment
        entry.stats.variance = (1 - weight) * (entry.stats.variance + diff * increment)
        entry.lastUse = tick
        entries[endpoint] = entry
    }
}
