/// `cost_per_conversion`: the recent cost per conversion against its 7-day moving average.
struct CostTracker: Sendable, Hashable {
    var window: SlidingWindow
    var baseline = HourlyBaseline()

    init(definition: RuleDefinition) {
        window = SlidingWindow(window: definition.window, buckets: 15)
    }

    mutating func observe(costPerConversion usd: Double, at time: Double) {
        guard usd.isFinite, usd >= 0 else { return }
        window.add(usd, at: time)
        baseline.add(usd, at: time)
    }

    func assess(now: Double, definition: RuleDefinition) -> RuleAssessment {
        let feeds = window.count(now: now)
        let current = window.mean(now: now) ?? 0
        let (average, hours) = baseline.history(now: now)
        let days = Double(hours) / 24
        let enoughHistory = Double(hours) * 3600 >= (definition.thresholds.minHistory ?? 0) && (average ?? 0) > 0
        let increase = average.map { $0 > 0 ? current / $0 - 1 : 0 } ?? 0
        var result = RuleAssessment(baselineCoverageDays: days)
        result.measurements = [
            RuleMeasurement(
                name: "cost_per_conversion_increase", value: increase, unit: "ratio",
                alertThreshold: definition.thresholds.alert, warnThreshold: definition.thresholds.warn,
                samples: enoughHistory ? feeds : 0, minSamples: Double(definition.minSamples)),
            RuleMeasurement(name: "cost_per_conversion", value: current, unit: "usd", samples: feeds, affectsState: false),
            RuleMeasurement(name: "baseline_7d", value: average ?? 0, unit: "usd", samples: Double(hours), affectsState: false),
        ]
        result.notes.append("baseline covers \(RuleFormat.fixed(days, 1)) of 7 days")
        if !enoughHistory {
            result.notes.append("needs \(RuleFormat.duration(definition.thresholds.minHistory ?? 0)) of history to fire")
        }
        result.actions = ["Review the cost advice for the models and prompts driving spend per conversion."]
        return result
    }

    var approximateBytes: Int { window.approximateBytes + HourlyBaseline.approximateBytes }
}
