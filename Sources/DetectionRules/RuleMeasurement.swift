/// One measured value of a rule for a group, against its thresholds, with a unit.
package struct RuleMeasurement: Sendable, Hashable {
    /// Whether a value alerts when it rises above its threshold or falls below it.
    package enum Comparison: String, Sendable, Hashable {
        case above, below
    }

    /// How far a measurement breaches.
    package enum Level: Int, Sendable, Hashable, Comparable {
        case none, warn, alert

        package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A label-safe name: `invalid_product_rate`, `max_injection_score`…
    package var name: String
    package var value: Double
    /// `ratio`, `score`, `requests`, `usd`, `probability`, `ms`, `requests_per_minute`…
    package var unit: String
    package var comparison: Comparison
    package var alertThreshold: Double?
    package var warnThreshold: Double?
    /// Samples behind the value, and the number needed before it can fire.
    package var samples: Double
    package var minSamples: Double
    /// Events behind a rate (invalid IDs), and the number needed before it can fire.
    package var events: Double?
    package var minEvents: Double
    /// Whether the value drives the state (false: shown for context only, e.g. a forecast).
    package var affectsState: Bool

    package init(
        name: String, value: Double, unit: String, comparison: Comparison = .above, alertThreshold: Double? = nil,
        warnThreshold: Double? = nil, samples: Double = 1, minSamples: Double = 0, events: Double? = nil,
        minEvents: Double = 0, affectsState: Bool = true
    ) {
        self.events = events
        self.minEvents = minEvents
        self.name = name
        self.value = value
        self.unit = unit
        self.comparison = comparison
        self.alertThreshold = alertThreshold
        self.warnThreshold = warnThreshold
        self.samples = samples
        self.minSamples = minSamples
        self.affectsState = affectsState
    }

    /// Whether there are enough samples (and events) to fire.
    package var isReady: Bool { samples >= minSamples && (events ?? .infinity) >= minEvents }

    private func breaches(_ threshold: Double?) -> Bool {
        guard let t = threshold else { return false }
        return comparison == .above ? value > t : value < t
    }

    /// The level reached (none when not ready or not affecting state).
    package var level: Level {
        guard affectsState, isReady else { return .none }
        if breaches(alertThreshold) { return .alert }
        if breaches(warnThreshold) { return .warn }
        return .none
    }

    /// Whether the value is clear of `threshold` by the hysteresis margin (or has too few samples).
    /// - Parameters:
    ///   - threshold: The threshold to be clear of; nil is always clear.
    ///   - hysteresis: The margin, as a fraction of the threshold.
    package func isClear(of threshold: Double?, hysteresis: Double) -> Bool {
        guard affectsState, isReady, let t = threshold else { return true }
        return comparison == .above ? value <= t * (1 - hysteresis) : value >= t * (1 + hysteresis)
    }

    /// `4.1% > 2%`-style text of the value against the threshold it breaches or is nearest to.
    package var text: String {
        let threshold = alertThreshold ?? warnThreshold
        let sign = comparison == .above ? ">" : "<"
        let v = RuleFormat.value(value, unit: unit)
        guard let t = threshold else { return "\(name) \(v)" }
        return "\(name) \(v) (\(sign) \(RuleFormat.value(t, unit: unit)))"
    }
}

/// What a tracker says about one group at one evaluation.
struct RuleAssessment: Sendable, Hashable {
    var measurements: [RuleMeasurement] = []
    /// Extra context for the summary: "baseline covers 1.2 of 7 days".
    var notes: [String] = []
    /// Recommended actions computed by the engine.
    var actions: [String] = []
    /// When a limit is predicted to be reached.
    var predictedTime: Double?
    /// Days of baseline history, for baseline rules.
    var baselineCoverageDays: Double?
    /// Probability of an error (quota or degradation), for `predictive_capacity`.
    var errorProbability: Double?
}
