import DetectionRules
import Testing

/// The context each signal carries: what the owners' plan lists per rule.
@Suite struct SignalContextTests {
    static let t0 = 1_800_000_000.0  // a fixed wall-clock start (15 Jan 2027 08:00 UTC)

    static func signal(_ kind: RuleKind, id: String, model: String = "gemini-2.5-flash", state: RuleState, value: Double, window: Double = 300)
        -> RuleSignal
    {
        RuleSignal(
            ruleID: id, kind: kind, severity: .high, state: state, previousState: .ok, reason: .transition,
            group: RuleGroup(dimension: "model", value: model),
            measurements: [RuleMeasurement(name: "error_probability", value: value, unit: "probability")], window: window,
            summary: "", samples: [], runbookURL: "", suggestedActions: [], adapterAdvice: nil, predictedTime: nil,
            baselineCoverageDays: nil, time: t0, aggregationKey: "")
    }

    static func call(at time: Double, model: String = "gemini-2.5-flash", latency: Double, is429: Bool = false) -> ContextObservation {
        var call = ContextObservation(time: time, model: model, latencyMs: latency)
        call.is429 = is429
        return call
    }

    @Test func aQualityDropShowsLatency429sComponentsAndRecentChanges() {
        var tracker = SignalContextTracker()
        // An hour of calm traffic, then five minutes slow with 429s and truncated answers.
        for s in stride(from: 0.0, to: 3600, by: 10) { tracker.observe(Self.call(at: Self.t0 + s, latency: 400)) }
        tracker.noteChange(at: Self.t0 + 3500, "config reloaded (changed: upstream)")
        tracker.observe(Self.call(at: Self.t0 + 3550, model: "gemini-2.5-pro", latency: 900))
        for s in stride(from: 3600.0, to: 3900, by: 10) {
            var call = Self.call(at: Self.t0 + s, latency: 1_600, is429: s.truncatingRemainder(dividingBy: 20) == 0)
            call.checked = true
            call.qualityComponents = [("truncation", 0.3), ("relevance", 0.95)]
            tracker.observe(call)
        }
        let lines = tracker.context(
            for: Self.signal(.qualityDegradation, id: "quality_degradation", state: .alert, value: 0.5), now: Self.t0 + 3900)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Latency: mean 1600 ms over the last 5m (the hour before: 400 ms)"), "\(text)")
        #expect(text.contains("429s: 50.0% of 30 calls (the hour before: 0.0%)"), "\(text)")
        #expect(text.contains("Lowest quality components: truncation 0.30."), "\(text)")
        #expect(!text.contains("relevance"), "components at 0.9 or above are not listed")
        #expect(text.contains("08:58 UTC: config reloaded (changed: upstream)"), "\(text)")
        #expect(!text.contains("gemini-2.5-pro"), "another model's first call is not this model's change")
    }

    @Test func aHallucinationNamesTheInventedIDsAndAPromptFix() {
        var tracker = SignalContextTracker()
        for n in 0..<20 {
            var call = Self.call(at: Self.t0 + Double(n), latency: 300)
            call.checked = true
            if n % 2 == 0 {
                call.invalidIDs = 1
                call.inventedIDs = [n % 4 == 0 ? "ZZZZZZZZZ9" : "SKU-EXAMPLE"]
            }
            tracker.observe(call)
        }
        let text = tracker.context(for: Self.signal(.invalidProductRate, id: "hallucination", state: .alert, value: 0.5, window: 600), now: Self.t0 + 30)
            .joined(separator: "\n")
        #expect(text.contains("Invented product IDs seen most: SKU-EXAMPLE ×5, ZZZZZZZZZ9 ×5."), "\(text)")
        #expect(text.contains("10 unknown IDs, 0 name and 0 price mismatches, 0 recommendations without a product, in 20 checked answers"), "\(text)")
        #expect(text.contains("Prompt fix: list the retrieved products with their IDs"), "\(text)")
        #expect(text.contains("No config reload or new model in the last 24 h"))
    }

    @Test func aCapacityWarningListsSimilarPastIncidents() {
        var tracker = SignalContextTracker()
        tracker.observe(Self.call(at: Self.t0, latency: 300))
        let first = tracker.context(
            for: Self.signal(.predictiveCapacity, id: "predictive_capacity", state: .warn, value: 0.85), now: Self.t0)
        #expect(first.contains { $0.hasPrefix("No earlier predictive_capacity incident") }, "\(first)")
        _ = tracker.context(for: Self.signal(.predictiveCapacity, id: "predictive_capacity", state: .alert, value: 0.97), now: Self.t0 + 600)
        _ = tracker.context(for: Self.signal(.predictiveCapacity, id: "predictive_capacity", state: .resolved, value: 0.2), now: Self.t0 + 1800)
        let again = tracker.context(
            for: Self.signal(.predictiveCapacity, id: "predictive_capacity", state: .warn, value: 0.9), now: Self.t0 + 86_400)
        #expect(
            again.contains("Similar past incidents: model=gemini-2.5-flash at 08:00 UTC for 30m, peak error_probability 0.97."),
            "\(again)")
    }
}
