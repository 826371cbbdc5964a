extension CapacityTracker {
    /// The quota and degradation probabilities, the forecasts, and the recommendation.
    ///
    /// - Quota: the largest P(requests or tokens per minute > quota) within the horizon, raised by
    ///   recent 429s: `1 − (1 − p)(1 − w)`, `w = weight × min(1, 429 share ÷ rate429Limit)`.
    /// - Degradation: the largest P(failure share > errorRateLimit) or P(p99 > latency limit),
    ///   raised likewise by the recent share of 5xx and timeouts (÷ errorRateLimit).
    /// - Once the daily profile is ready and its ratio series has `minSamples` minutes, requests and
    ///   tokens are forecast as (ratio to the usual for the time of day) against quota ÷ usual.
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
        let seasonal = dailyRPM.isReady && seasonalRPM.count >= definition.minSamples
        let nowMinute = now / 60

        func cross(_ raw: HoltForecaster, _ ratio: HoltForecaster, _ profile: DailyProfile, _ limit: Double) -> HoltCrossing {
            guard seasonal else { return raw.crossing(limit: limit, horizon: horizon) }
            var c = ratio.crossing(horizon: horizon) { h in limit / Self.usual(profile, atMinute: nowMinute + h) }
            c.forecastAtHorizon *= Self.usual(profile, atMinute: nowMinute + horizon)
            return c
        }
        let rpmCross = quota?.requestsPerMinute.map { cross(rpm, seasonalRPM, dailyRPM, $0) }
        let tpmCross = quota?.tokensPerMinute.map { cross(tpm, seasonalTPM, dailyTPM, $0) }
        func evidence(_ share: Double, _ limit: Double) -> Double {
            limits.rate429EvidenceWeight * min(1, share / max(limit, 1e-9))
        }
        let share429 = recent429.mean(now: now) ?? 0
        let shareFailed = recentFailures.mean(now: now) ?? 0
        let forecastQuota = max(rpmCross?.probability ?? 0, tpmCross?.probability ?? 0)
        let pQuota = 1 - (1 - forecastQuota) * (1 - evidence(share429, limits.rate429Limit))
        let crossErrors = errorRate.count > 0 ? errorRate.crossing(limit: limits.errorRateLimit, horizon: horizon) : nil
        let crossLatency = limits.latencyP99LimitMs.flatMap { p99.count > 0 ? p99.crossing(limit: $0, horizon: horizon) : nil }
        let forecastDegrade = max(crossErrors?.probability ?? 0, crossLatency?.probability ?? 0)
        let pDegrade = 1 - (1 - forecastDegrade) * (1 - evidence(shareFailed, limits.errorRateLimit))

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
        info("error_rate_forecast", errorRate, limits.errorRateLimit, "ratio")
        info("latency_p99_forecast", p99, limits.latencyP99LimitMs, "ms")
        if share429 > 0 { result.notes.append("\(RuleFormat.fixed(share429 * 100, 1))% of recent calls answered 429") }
        if shareFailed > 0 {
            result.notes.append("\(RuleFormat.fixed(shareFailed * 100, 1))% of recent calls failed upstream (5xx or timeout)")
        }
        if seasonal { result.notes.append("requests and tokens forecast against the usual for this hour of day") }
        if ready < need { result.notes.append("forecast warming up: \(Int(ready)) of \(Int(need)) minutes") }

        let crossings: [HoltCrossing?] = [rpmCross, tpmCross, crossErrors, crossLatency]
        let steps = crossings.compactMap { $0?.stepsToCrossing }.min()
        result.predictedTime = steps.map { now + $0 * 60 }
        result.actions = Self.actions(
            model: model, now: now, threshold: threshold, pQuota: pQuota, pDegrade: pDegrade, rpmCross: rpmCross,
            tpmCross: tpmCross, quota: quota, predicted: result.predictedTime)
        return result
    }
}
