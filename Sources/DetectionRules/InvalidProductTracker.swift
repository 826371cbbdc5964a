/// `invalid_product_rate`: invalid product IDs ÷ mentions over the window.
struct InvalidProductTracker: Sendable, Hashable {
    var window: SlidingWindow

    init(definition: RuleDefinition) {
        window = SlidingWindow(window: definition.window)
    }

    /// Whether a call concerns this kind (it mentioned products).
    static func isRelevant(_ obs: RuleObservation) -> Bool { (obs.productMentions ?? 0) > 0 }

    /// Adds a call; returns whether it is an example of the problem (it had invalid IDs).
    mutating func observe(_ obs: RuleObservation) -> Bool {
        guard let mentions = obs.productMentions, mentions > 0 else { return false }
        let invalid = obs.invalidProductIDs ?? 0
        window.add(Double(invalid), weight: Double(mentions), at: obs.time)
        return invalid > 0
    }

    func assess(now: Double, definition: RuleDefinition) -> RuleAssessment {
        let mentions = window.count(now: now)
        let rate = mentions > 0 ? window.sum(now: now) / mentions : 0
        let m = RuleMeasurement(
            name: "invalid_product_rate", value: rate, unit: "ratio", alertThreshold: definition.thresholds.alert,
            warnThreshold: definition.thresholds.warn, samples: mentions, minSamples: Double(definition.minSamples),
            events: window.sum(now: now), minEvents: Double(definition.thresholds.minEvents ?? 0))
        var notes = ["\(Int(mentions)) product mentions, \(Int(window.sum(now: now))) invalid"]
        if !m.isReady {
            notes.append("below the minimum of \(definition.minSamples) mentions and \(definition.thresholds.minEvents ?? 0) invalid")
        }
        return RuleAssessment(measurements: [m], notes: notes)
    }

    var approximateBytes: Int { window.approximateBytes }
}
