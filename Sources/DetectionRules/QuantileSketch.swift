import RealModule
import ProxyCore
/// A DDSketch-style quantile sketch: logarithmic buckets of relative width `2α/(1−α)`, so every
/// quantile of positive values is within relative error α of the exact one, as long as no
/// buckets were collapsed.
///
/// Follows Masson, Rim and Lee, "DDSketch: A Fast and Fully-Mergeable Quantile Sketch with
/// Relative-Error Guarantees" (VLDB 2019), §2: value x > 0 goes to bucket `⌈log_γ x⌉` with
/// `γ = (1 + α)/(1 − α)`, and bucket k answers `2γ^k/(γ + 1)`. The bucket store is dense and
/// bounded by `maxBuckets`; past it the lowest buckets are collapsed into one ("collapsing lowest
/// dense store", §2.2), which keeps high quantiles such as p99 accurate.
package struct QuantileSketch: Sendable, Hashable {
    /// The relative accuracy α.
    package let relativeAccuracy: Double
    /// The most buckets kept.
    package let maxBuckets: Int
    private let logGamma: Double
    var bins: [UInt32] = []
    var offset = 0
    /// Values at or below ``minimumValue`` (answered as 0).
    var zeroCount: UInt64 = 0
    /// Values added.
    package internal(set) var count: UInt64 = 0
    /// Whether the lowest buckets were ever collapsed (low quantiles lose their guarantee).
    package internal(set) var collapsed = false

    /// Smallest value kept in a bucket; smaller ones count as zero.
    package static let minimumValue = 1e-9

    /// A sketch with relative accuracy `relativeAccuracy` and at most `maxBuckets` buckets.
    /// - Parameters:
    ///   - relativeAccuracy: α, in (0, 1) (default 0.01).
    ///   - maxBuckets: The bucket cap (default 512: with α = 0.01 it spans a ratio of about 28,000
    ///     between the smallest and largest value before collapsing).
    package init(relativeAccuracy: Double = 0.01, maxBuckets: Int = 512) {
        let alpha = min(max(relativeAccuracy, 1e-4), 0.5)
        self.relativeAccuracy = alpha
        self.maxBuckets = max(8, maxBuckets)
        let gamma = (1 + alpha) / (1 - alpha)
        logGamma = Double.log(gamma)
    }

    /// Buckets currently held.
    package var bucketCount: Int { bins.count }

    /// Adds a value (negative values count as zero).
    /// - Parameters:
    ///   - value: The value, e.g. a latency in milliseconds.
    package mutating func add(_ value: Double) {
        count += 1
        guard value > Self.minimumValue, value.isFinite else {
            zeroCount += 1
            return
        }
        let key = Int((Double.log(value) / logGamma).rounded(.up))
        if bins.isEmpty {
            offset = key
            bins = [1]
            return
        }
        if key < offset {
            let grow = offset - key
            if bins.count + grow > maxBuckets {
                // Too far below: fold into the lowest bucket kept.
                let room = maxBuckets - bins.count
                if room > 0 {
                    bins.insert(contentsOf: repeatElement(0, count: room), at: 0)
                    offset -= room
                }
                bins[0] &+= 1
                collapsed = true
                return
            }
            bins.insert(contentsOf: repeatElement(0, count: grow), at: 0)
            offset = key
        } else if key >= offset + bins.count {
            let grow = key - (offset + bins.count) + 1
            bins.append(contentsOf: repeatElement(0, count: grow))
            if bins.count > maxBuckets {
                let excess = bins.count - maxBuckets
                var folded: UInt32 = 0
                for i in 0...excess { folded &+= bins[i] }
                bins.removeFirst(excess)
                bins[0] = folded
                offset += excess
                collapsed = true
            }
        }
        bins[key - offset] &+= 1
    }

    /// The value at quantile `q` (0…1), or nil when empty. Rank `q·(n − 1)`, rounded down.
    /// - Parameters:
    ///   - q: The quantile, e.g. 0.99.
    package func quantile(_ q: Double) -> Double? {
        guard count > 0 else { return nil }
        let rank = UInt64((min(max(q, 0), 1) * Double(count - 1)).rounded(.down))
        if rank < zeroCount { return 0 }
        var seen = zeroCount
        for (i, c) in bins.enumerated() {
            seen += UInt64(c)
            if seen > rank {
                let key = Double(offset + i)
                return 2 * Double.exp(key * logGamma) / (1 + Double.exp(logGamma))
            }
        }
        return 2 * Double.exp(Double(offset + bins.count - 1) * logGamma) / (1 + Double.exp(logGamma))
    }

    /// Empties the sketch, keeping its bucket storage.
    package mutating func reset() {
        bins.removeAll(keepingCapacity: true)
        offset = 0
        zeroCount = 0
        count = 0
        collapsed = false
    }

    /// Bytes held by the bucket store (4 per bucket of capacity) plus the fixed fields.
    package var approximateBytes: Int { bins.capacity * 4 + 64 }
}
