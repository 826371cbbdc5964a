/// `predictive_capacity`: per-minute request count, tokens, 429 share and p99 latency of one model,
/// each forecast with Holt smoothing, and the probability of reaching a quota or degrading within
/// the horizon.
struct CapacityTracker: Sendable, Hashable {
    /// Gaps longer than this (minutes without any call or evaluation) restart the forecasts.
    static let maxGapMinutes: Int64 = 180
    /// A minute's p99 needs at least this many calls to enter the latency series.
    static let minCallsForP99 = 5.0

    var minute: Int64?
    var requests = 0.0
    var tokens = 0.0
    var throttled = 0.0
    var latency = QuantileSketch(relativeAccuracy: 0.02, maxBuckets: 128)
    var rpm = HoltForecaster()
    var tpm = HoltForecaster()
    var rate429 = HoltForecaster()
    var p99 = HoltForecaster()
    var recent429: SlidingWindow
    var minutesObserved = 0

    init(definition: RuleDefinition) {
        recent429 = SlidingWindow(window: definition.window, buckets: 10)
    }

    mutating func observe(_ obs: RuleObservation, limits: CapacityLimits) -> Bool {
        roll(to: Int64((obs.time / 60).rounded(.down)))
        requests += 1
        tokens += Double(obs.totalTokens ?? 0)
        if obs.is429 { throttled += 1 }
        latency.add(obs.latencyMs)
        recent429.add(obs.is429 ? 1 : 0, at: obs.time)
        return obs.is429 || limits.latencyP99LimitMs.map { obs.latencyMs > $0 } ?? false
    }

    /// Closes the open minute (and empty minutes after it) when `next` is later.
    private mutating func roll(to next: Int64) {
        guard let current = minute else {
            minute = next
            return
        }
        guard next > current else { return }
        rpm.add(requests)
        tpm.add(tokens)
        if requests > 0 { rate429.add(throttled / requests) }
        if requests >= Self.minCallsForP99, let q = latency.quantile(0.99) { p99.add(q) }
        minutesObserved += 1
        let gap = next - current - 1
        if gap > Self.maxGapMinutes {
            rpm = HoltForecaster()
            tpm = HoltForecaster()
            rate429 = HoltForecaster()
            p99 = HoltForecaster()
            minutesObserved = 0
        } else if gap > 0 {
            for _ in 0..<gap {
                rpm.add(0)
                tpm.add(0)
                minutesObserved += 1
            }
        }
        requests = 0
        tokens = 0
        throttled = 0
        latency.reset()
        minute = next
    }

    mutating func assess(
        now: Double, group: RuleGroup, definition: RuleDefinition, limits: CapacityLimits
    ) -> RuleAssessment {
        roll(to: Int64((now / 60).rounded(.down)))
        let horizon = (definition.thresholds.horizon ?? 7200) / 60
        let model = group.value
        let quota = limits.quota(for: model)
        let threshold = definition.thresholds.warn ?? definition.thresholds.alert ?? 0.8
        let ready = Double(minutesObserved)
        let need = Double(definition.minSamples)

        let rpmCross = quota?.requestsPerMinute.map { rpm.crossing(limit: $0, horizon: horizon) }
        let tpmCross = quota?.tokensPerMinute.map { tpm.crossing(limit: $0, horizon: horizon) }
        let share429 = recent429.mean(now: now) ?? 0
        let evidence = limits.rate429EvidenceWeight * min(1, share429 / max(limits.rate429Limit, 1e-9))
        let forecastQuota = max(rpmCross?.probability ?? 0, tpmCross?.probability ?? 0)
        let pQuota = 1 - (1 - forecastQuota) * (1 - evidence)
        let cross429 = rate429.count > 0 ? rate429.crossing(limit: limits.rate429Limit, horizon: horizon) : nil
        let crossLatency = limits.latencyP99LimitMs.flatMap { p99.count > 0 ? p99.crossing(limit: $0, horizon: horizon) : nil }
        let pDegrade = max(cross429?.probability ?? 0, crossLatency?.probability ?? 0)

        var result = RuleAssessment()
        // Unknown until enough minutes are observed: no probability rather than a made-up zero.
        result.errorProbability = ready >= need ? max(pQuota, pDegrade) : nil
        result.measurements = [
            RuleMeasurement(
                name: "quota_probability", value: pQuota, unit: "probability", alertThreshold: definition.thresholds.alert,
                warnThreshold: definition.thresholds.warn, samples: ready, minSamples: need),
            RuleMeasurement(
                name: "degradation_probability", value: pDegrade, unit: "probability",
                alertThreshold: definition.thresholds.alert, warnThreshold: definition.thresholds.warn, samples: ready,
                minSamples: need),
        ]
        func info(_ name: String, _ f: HoltForecaster, _ limit: Double?, _ unit: String) {
            guard f.count > 0 else { return }
            result.measurements.append(
                RuleMeasurement(
                    name: name, value: f.forecast(horizon), unit: unit, alertThreshold: limit, samples: Double(f.count),
                    affectsState: false))
        }
        info("requests_per_minute_forecast", rpm, quota?.requestsPerMinute, "requests_per_minute")
        info("tokens_per_minute_forecast", tpm, quota?.tokensPerMinute, "tokens_per_minute")
        info("rate_429_forecast", rate429, limits.rate429Limit, "ratio")
        info("latency_p99_forecast", p99, limits.latencyP99LimitMs, "ms")
        if share429 > 0 { result.notes.append("\(RuleFormat.fixed(share429 * 100, 1))% of recent calls answered 429") }
        if ready < need { result.notes.append("forecast warming up: \(Int(ready)) of \(Int(need)) minutes") }

        let crossings: [(String, HoltCrossing?)] = [("rpm", rpmCross), ("tpm", tpmCross), ("429", cross429), ("p99", crossLatency)]
        let steps = crossings.compactMap { $0.1?.stepsToCrossing }.min()
        result.predictedTime = steps.map { now + $0 * 60 }
        result.actions = Self.actions(
            model: model, now: now, threshold: threshold, pQuota: pQuota, pDegrade: pDegrade, rpmCross: rpmCross,
            tpmCross: tpmCross, quota: quota, predicted: result.predictedTime)
        return result
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
            out.append("Shift part of the \(model) traffic to provisioned throughput or another region\(deadline); latency or 429s are forecast to degrade.")
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

    var approximateBytes: Int { latency.approximateBytes + recent429.approximateBytes + 4 * 96 + 64 }
}
