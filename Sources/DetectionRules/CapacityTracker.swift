/// `predictive_capacity`: per-minute request count, tokens, failure share (429, 5xx, timeouts)
/// and p99 latency of one model, each forecast with Holt smoothing, and the probability of
/// reaching a quota or degrading within the horizon. Once a day of history exists, the request
/// and token forecasts follow the hour-of-day profile (``DailyProfile``).
struct CapacityTracker: Sendable, Hashable {
    /// Gaps longer than this (minutes without any call or evaluation) restart the forecasts.
    static let maxGapMinutes: Int64 = 180
    /// A minute's p99 needs at least this many calls to enter the latency series.
    static let minCallsForP99 = 5.0

    var minute: Int64?
    var requests = 0.0
    var tokens = 0.0
    var throttled = 0.0
    /// Calls this minute answered 429, 5xx, or cut by a timeout.
    var failed = 0.0
    var latency = QuantileSketch(relativeAccuracy: 0.02, maxBuckets: 128)
    var rpm = HoltForecaster()
    var tpm = HoltForecaster()
    /// The share of calls that failed (429, 5xx or timeout) per minute.
    var errorRate = HoltForecaster()
    var p99 = HoltForecaster()
    var recent429: SlidingWindow
    /// 1 for a 5xx or a timeout, 0 otherwise (429s count in ``recent429``).
    var recentFailures: SlidingWindow
    var minutesObserved = 0
    /// Requests and tokens per minute by hour of day; kept across gaps.
    var dailyRPM = DailyProfile()
    var dailyTPM = DailyProfile()
    /// Each minute ÷ its usual value for that time of day, fed once the profile is ready.
    var seasonalRPM = HoltForecaster()
    var seasonalTPM = HoltForecaster()

    init(definition: RuleDefinition) {
        recent429 = SlidingWindow(window: definition.window, buckets: 10)
        recentFailures = SlidingWindow(window: definition.window, buckets: 10)
    }

    mutating func observe(_ obs: RuleObservation, limits: CapacityLimits) -> Bool {
        roll(to: Int64((obs.time / 60).rounded(.down)))
        requests += 1
        tokens += Double(obs.totalTokens ?? 0)
        if obs.is429 { throttled += 1 }
        let upstreamFailure = obs.isServerError || obs.isTimeout
        if obs.is429 || upstreamFailure { failed += 1 }
        latency.add(obs.latencyMs)
        recent429.add(obs.is429 ? 1 : 0, at: obs.time)
        recentFailures.add(upstreamFailure && !obs.is429 ? 1 : 0, at: obs.time)
        return obs.is429 || upstreamFailure || limits.latencyP99LimitMs.map { obs.latencyMs > $0 } ?? false
    }

    /// Closes the open minute (and empty minutes after it) when `next` is later.
    mutating func roll(to next: Int64) {
        guard let current = minute else {
            minute = next
            return
        }
        guard next > current else { return }
        close(current, requests: requests, tokens: tokens)
        if requests > 0 { errorRate.add(failed / requests) }
        if requests >= Self.minCallsForP99, let q = latency.quantile(0.99) { p99.add(q) }
        let gap = next - current - 1
        if gap > Self.maxGapMinutes {
            rpm = HoltForecaster()
            tpm = HoltForecaster()
            errorRate = HoltForecaster()
            p99 = HoltForecaster()
            seasonalRPM = HoltForecaster()
            seasonalTPM = HoltForecaster()
            minutesObserved = 0
        } else if gap > 0 {
            for m in (current + 1)..<next { close(m, requests: 0, tokens: 0) }
        }
        requests = 0
        tokens = 0
        throttled = 0
        failed = 0
        latency.reset()
        minute = next
    }

    /// Feeds one closed minute to the request and token series and their daily profiles.
    private mutating func close(_ m: Int64, requests: Double, tokens: Double) {
        rpm.add(requests)
        tpm.add(tokens)
        if dailyRPM.isReady { seasonalRPM.add(requests / Self.usual(dailyRPM, atMinute: Double(m))) }
        if dailyTPM.isReady { seasonalTPM.add(tokens / Self.usual(dailyTPM, atMinute: Double(m))) }
        dailyRPM.add(requests, minute: m)
        dailyTPM.add(tokens, minute: m)
        minutesObserved += 1
    }

    /// The profile's usual value, floored at a tenth of its daily mean (and 1), so a quiet night
    /// does not turn a handful of calls into a huge ratio.
    static func usual(_ profile: DailyProfile, atMinute m: Double) -> Double {
        max(profile.expected(atMinute: m), 0.1 * profile.dailyMean, 1)
    }

    /// A quota or scaling recommendation.
    static func actions(
        model: String, now: Double, threshold: Double, pQuota: Double, pDegrade: Double, rpmCross: HoltCrossing?,
        tpmCross: HoltCrossing?, quota: ModelQuota?, predicted: Double?
    ) -> [String] {
        var out: [String] = []
        let deadline = predicted.map { " before \(RuleFormat.clock($0)) UTC" } ?? " within 2 hours"
        if pQuota >= pDegrade {
            if let c = rpmCross, let limit = quota?.requestsPerMinute, c.probability >= (tpmCross?.probability ?? 0) {
                out.append("Request a quota increase for \(model) to \(niceCeil(max(c.forecastAtHorizon, limit) * 1.25)) RPM\(deadline).")
            } else if let c = tpmCross, let limit = quota?.tokensPerMinute {
                out.append("Request a quota increase for \(model) to \(niceCeil(max(c.forecastAtHorizon, limit) * 1.25)) TPM\(deadline).")
            }
            out.append("Or shift part of the \(model) traffic to provisioned throughput or another region.")
        } else {
            out.append("Shift part of the \(model) traffic to provisioned throughput or another region\(deadline); latency or failures (429, 5xx, timeouts) are forecast to degrade.")
        }
        return out
    }

    /// `x` rounded up to two significant digits (1 234 → 1 300).
    static func niceCeil(_ x: Double) -> Int {
        guard x.isFinite, x > 0 else { return 0 }
        var scale = 1.0
        while x / scale >= 100 { scale *= 10 }
        return Int((x / scale).rounded(.up) * scale)
    }

    var approximateBytes: Int {
        latency.approximateBytes + recent429.approximateBytes + recentFailures.approximateBytes + 6 * 96
            + 2 * DailyProfile.approximateBytes + 64
    }
}
