/// `prompt_injection`: the highest score in the window, and suspicious requests per session.
struct InjectionTracker: Sendable, Hashable {
    var scores: SlidingWindow
    var suspicious: SlidingWindow

    init(definition: RuleDefinition) {
        scores = SlidingWindow(window: definition.window, buckets: 12)
        suspicious = SlidingWindow(window: definition.window, buckets: 12)
    }

    static func isSuspicious(_ obs: RuleObservation, definition: RuleDefinition) -> Bool {
        if obs.isInjection || obs.sessionFlagged { return true }
        if let s = definition.thresholds.suspiciousScore, let score = obs.injectionScore, score >= s { return true }
        return false
    }

    /// Whether a call concerns this kind (suspicious, or above the alert score).
    static func isRelevant(_ obs: RuleObservation, definition: RuleDefinition) -> Bool {
        if isSuspicious(obs, definition: definition) { return true }
        if let a = definition.thresholds.alert, let score = obs.injectionScore, score > a { return true }
        return false
    }

    mutating func observe(_ obs: RuleObservation, definition: RuleDefinition) -> Bool {
        if let score = obs.injectionScore { scores.add(score, at: obs.time) }
        let bad = Self.isSuspicious(obs, definition: definition)
        if bad { suspicious.add(1, at: obs.time) }
        return bad || Self.isRelevant(obs, definition: definition)
    }

    func assess(now: Double, group: RuleGroup, definition: RuleDefinition) -> RuleAssessment {
        var result = RuleAssessment()
        let scored = scores.count(now: now)
        result.measurements.append(
            RuleMeasurement(
                name: "max_injection_score", value: scores.max(now: now) ?? 0, unit: "score",
                alertThreshold: definition.thresholds.alert, warnThreshold: definition.thresholds.warn,
                samples: scored, minSamples: Double(definition.minSamples)))
        if group.dimension == "session", let limit = definition.thresholds.count {
            result.measurements.append(
                RuleMeasurement(
                    name: "suspicious_requests", value: suspicious.sum(now: now), unit: "requests",
                    alertThreshold: Double(limit), samples: scored, minSamples: Double(definition.minSamples)))
        }
        result.notes.append("\(Int(suspicious.sum(now: now))) suspicious of \(Int(scored)) scored requests")
        return result
    }

    var approximateBytes: Int { scores.approximateBytes + suspicious.approximateBytes }
}
