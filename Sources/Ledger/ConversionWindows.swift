import ProxyCore

/// Conversions, revenue, credited spend and all LLM spend in fixed time buckets on a ring, for
/// totals over rolling windows in fixed memory.
///
/// Buckets are numbered from the first instant recorded (bucket 0 starts there), and slot
/// `n mod bucketCount` holds bucket `n`; a slot still holding an older bucket is reset before use,
/// so data older than `bucketCount` buckets rolls off by itself. A window of `w` covers the
/// `⌈w / bucketWidth⌉` most recent buckets, the current, partly elapsed one included: with
/// 1-minute buckets a 1-hour window reaches back between 59 and 60 minutes.
struct ConversionWindows: Sendable {
    /// One bucket's sums.
    struct Bucket: Sendable, Hashable {
        /// The bucket number this slot holds, or `Int64.min` for an unused slot.
        var number = Int64.min
        var conversions = 0
        var revenue = Money.zero
        var spend = Money.zero
        /// Every billed call's cost, with or without a session.
        var totalSpend = Money.zero
    }

    let bucketWidth: Duration
    let bucketCount: Int
    /// Allocated on first use: `bucketCount` slots, never more.
    private(set) var buckets: [Bucket] = []
    private var origin: ContinuousClock.Instant?

    /// Empty windows.
    /// - Parameters:
    ///   - bucketWidth: The time each bucket covers; at least one second.
    ///   - bucketCount: Buckets kept; at least 1.
    init(bucketWidth: Duration, bucketCount: Int) {
        self.bucketWidth = max(bucketWidth, .seconds(1))
        self.bucketCount = max(bucketCount, 1)
    }

    /// The longest window covered: `bucketWidth × bucketCount`.
    var span: Duration { bucketWidth * bucketCount }

    /// Adds one conversion at `now`. A conversion older than everything the ring holds is dropped
    /// from the windows (it cannot happen while `now` never goes backwards).
    /// - Parameters:
    ///   - now: When it happened.
    ///   - revenue: The order's value.
    ///   - spend: The spend credited to it.
    mutating func add(now: ContinuousClock.Instant, revenue: Money, spend: Money) {
        update(now: now) { bucket in
            bucket.conversions = bucket.conversions.addingSaturated(1)
            bucket.revenue += revenue
            bucket.spend += spend
        }
    }

    /// Adds one billed call's cost at `now` (the numerator of cost per conversion).
    mutating func addSpend(now: ContinuousClock.Instant, spend: Money) {
        update(now: now) { $0.totalSpend += spend }
    }

    /// Applies `change` to the bucket of `now`, starting the ring on first use.
    private mutating func update(now: ContinuousClock.Instant, _ change: (inout Bucket) -> Void) {
        if buckets.isEmpty {
            origin = now
            buckets = Array(repeating: Bucket(), count: bucketCount)
        }
        let number = bucketNumber(now)
        let slot = self.slot(number)
        if buckets[slot].number < number {
            buckets[slot] = Bucket(number: number)
        } else if buckets[slot].number > number {
            return
        }
        change(&buckets[slot])
    }

    /// The sums of the buckets a window ending at `now` covers.
    /// - Parameters:
    ///   - window: The window's length; clamped to one bucket … ``span``.
    ///   - now: The window's end.
    func totals(window: Duration, now: ContinuousClock.Instant) -> Bucket {
        var sum = Bucket()
        guard !buckets.isEmpty else { return sum }
        let current = bucketNumber(now)
        for number in (current - Int64(bucketsCovering(window)) + 1)...current {
            let bucket = buckets[slot(number)]
            guard bucket.number == number else { continue }
            sum.conversions = sum.conversions.addingSaturated(bucket.conversions)
            sum.revenue += bucket.revenue
            sum.spend += bucket.spend
            sum.totalSpend += bucket.totalSpend
        }
        return sum
    }

    /// The number of buckets a window covers: `⌈window / bucketWidth⌉`, from 1 to ``bucketCount``.
    func bucketsCovering(_ window: Duration) -> Int {
        let width = bucketWidth.nanoseconds
        let length = max(window.nanoseconds, 1)
        let count = length / width + (length % width == 0 ? 0 : 1)
        return Int(min(max(count, 1), Int64(bucketCount)))
    }

    /// `⌊(now − origin) / bucketWidth⌋`, rounding towards minus infinity.
    private func bucketNumber(_ now: ContinuousClock.Instant) -> Int64 {
        guard let origin else { return 0 }
        let elapsed = (now - origin).nanoseconds
        let width = bucketWidth.nanoseconds
        let (quotient, remainder) = elapsed.quotientAndRemainder(dividingBy: width)
        return remainder < 0 ? quotient - 1 : quotient
    }

    private func slot(_ number: Int64) -> Int {
        let count = Int64(bucketCount)
        return Int(((number % count) + count) % count)
    }
}
