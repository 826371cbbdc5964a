/// Output tokens per call in fixed buckets, with the count and exact token sum of each bucket.
///
/// Bucket upper bounds are powers of two and one and a half times powers of two, from 1 to 131,072
/// tokens, plus one open bucket above; a bucket holds counts `lower ..< upper`. Memory is fixed
/// (31 buckets) whatever the traffic. Percentiles are reported as the upper bound of the bucket that
/// holds them, so they overstate the true value by less than half.
struct OutputHistogram: Sendable, Hashable {
    /// Upper bounds of the closed buckets, increasing; the last bucket is open.
    static let upperBounds: [Int] = [
        1, 2, 4, 8, 16, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1_024, 1_536,
        2_048, 3_072, 4_096, 6_144, 8_192, 12_288, 16_384, 24_576, 32_768, 49_152, 65_536, 98_304, 131_072,
    ]

    private var counts = [Int](repeating: 0, count: OutputHistogram.upperBounds.count + 1)
    private var sums = [Int](repeating: 0, count: OutputHistogram.upperBounds.count + 1)
    /// Calls recorded.
    private(set) var total = 0

    init() {}

    /// Records one call's output tokens.
    /// - Parameters:
    ///   - tokens: Candidate plus thinking tokens; negative counts as zero.
    mutating func record(_ tokens: Int) {
        let tokens = max(0, tokens)
        let index = OutputHistogram.upperBounds.firstIndex { tokens < $0 } ?? OutputHistogram.upperBounds.count
        counts[index] += 1
        sums[index] = sums[index].addingReportingOverflow(tokens).overflow ? .max : sums[index] + tokens
        total += 1
    }

    /// The upper bound of the bucket holding the given quantile, or nil when it is the open bucket or
    /// nothing was recorded.
    /// - Parameters:
    ///   - quantile: e.g. `0.95`; the rank taken is `ceil(quantile × calls)`.
    func upperBound(atQuantile quantile: Double) -> Int? {
        guard total > 0 else { return nil }
        let rank = max(1, Int((quantile * Double(total)).rounded(.up)))
        var seen = 0
        for (index, count) in counts.enumerated() {
            seen += count
            if seen >= rank {
                return index < OutputHistogram.upperBounds.count ? OutputHistogram.upperBounds[index] : nil
            }
        }
        return nil
    }

    /// The smallest bucket bound at or above a value, or nil above the last one.
    /// - Parameters:
    ///   - value: The lowest acceptable bound.
    static func bound(atLeast value: Int) -> Int? {
        upperBounds.first { $0 >= value }
    }

    /// Calls above a cap and the tokens they produced beyond it, exactly.
    /// - Parameters:
    ///   - cap: One of ``upperBounds``, so that every bucket lies wholly below or above it.
    func excess(above cap: Int) -> (calls: Int, tokens: Int) {
        var calls = 0
        var tokens = 0
        for index in counts.indices where index > 0 && OutputHistogram.upperBounds[index - 1] >= cap {
            calls += counts[index]
            tokens += sums[index] - counts[index] * cap
        }
        return (calls, tokens)
    }
}
