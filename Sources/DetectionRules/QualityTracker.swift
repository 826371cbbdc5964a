/// `quality_degradation`: the mean quality score over the window, and its drop against the 7-day
/// hourly baseline.
struct QualityTracker: Sendable, Hashable {
    var window: SlidingWindow
    var baseline = HourlyBaseline()
    /// The baseline's moving average, computed once per hour for picking examples.
    var referenceHour: Int64 = .min
    var reference: Double?

    init(definition: RuleDefinition) {
        window = SlidingWindow(window: definition.window)
    }

    static func isRelevant(_ obs: RuleObservation) -> Bool { obs.qualityScore != nil }

    mutating func observe(_ obs: RuleObservation, definition: RuleDefinition) -> Bool {
        guard let q = obs.qualityScore, q.isFinite else { return false }
        let hour = Int64((obs.time / 3600).rounded(.down))
        if hour != referenceHour {
            referenceHour = hour
            reference = baseline.movingAverage(now: obs.time).map { $0 * (1 - (definition.thresholds.relativeChange ?? 0)) }
        }
        window.add(q, at: obs.time)
        baseline.add(q, at: obs.time)
        return q < max(definition.thresholds.alert ?? 0, reference ?? 0)
    }

    func assess(now: Double, definition: RuleDefinition) -> RuleAssessment {
        let n = window.count(now: now)
        let mean = window.mean(now: now) ?? 0
        let min = Double(definition.minSamples)
        var result = RuleAssessment()
        result.measurements.append(
            RuleMeasurement(
                name: "quality_score_mean", value: mean, unit: "score", comparison: .below,
                alertThreshold: definition.thresholds.alert, warnThreshold: definition.thresholds.warn, samples: n,
                minSamples: min))
        if let drop = definition.thresholds.relativeChange {
            let (average, hours) = baseline.history(now: now)
            let days = Double(hours) / 24
            let enoughHistory = Double(hours) * 3600 >= (definition.thresholds.minHistory ?? 0) && (average ?? 0) > 0
            let value = average.map { $0 > 0 ? ($0 - mean) / $0 : 0 } ?? 0
            result.measurements.append(
                RuleMeasurement(
                    name: "quality_drop_vs_baseline", value: value, unit: "ratio", alertThreshold: drop,
                    samples: enoughHistory ? n : 0, minSamples: min))
            result.measurements.append(
                RuleMeasurement(name: "quality_baseline_7d", value: average ?? 0, unit: "score", affectsState: false))
            result.baselineCoverageDays = days
            result.notes.append("baseline covers \(RuleFormat.fixed(days, 1)) of 7 days")
        }
        result.notes.append("\(Int(n)) scored answers")
        return result
    }

    var approximateBytes: Int { window.approximateBytes + HourlyBaseline.approximateBytes }
}
