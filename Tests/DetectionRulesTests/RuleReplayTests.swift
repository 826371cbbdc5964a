import DetectionRules
import Testing

/// The replay runs the engine on the log's own time, feeds cost per conversion like the proxy,
/// and its comparison shows what a threshold change fires differently; the call log round-trips.
@Suite struct RuleReplayTests {
    /// An hour of normal calls with a 10-minute burst of invalid IDs starting at 30 minutes.
    static func log() -> [RuleReplay.Event] {
        var scenario = Scenario(seed: 21)
        let start = TestClock().now
        var events: [RuleReplay.Event] = []
        for s in stride(from: 0.0, to: 3600, by: 2) {
            var obs = scenario.call(at: start + s)
            obs.sample = nil
            if s >= 1800, s < 2400 {
                obs.productMentions = 3
                obs.invalidProductIDs = scenario.rng.unit() < 0.3 ? 1 : 0
            }
            events.append(.call(obs))
        }
        return events
    }

    @Test func theTimelineShowsTheIncidentAtItsLogTime() {
        var replay = RuleReplay()
        let timeline = replay.run(Self.log())
        let start = TestClock().now
        let fired = timeline.signals(of: "hallucination")
        #expect(fired.first?.state == .alert)
        #expect((fired.first?.time ?? 0) >= start + 1800 && (fired.first?.time ?? 0) < start + 1900)
        #expect(fired.contains { $0.state == .resolved }, "resolves once the burst ends")
        #expect((720...721).contains(timeline.evaluations))
        #expect(timeline.text.contains("+00:3") && timeline.text.contains("hallucination model=gemini-2.5-flash ok → alert"))
        #expect(timeline.text.contains("invalid_product_rate"))
        #expect(timeline.peaks["quality_degradation"] != nil, "rules that never fired show their closest approach")
    }

    @Test func compareShowsWhatARaisedThresholdNoLongerFires() {
        var base = RuleReplay()
        var raised = RuleDefinition.hallucination
        raised.thresholds.alert = 0.5
        var other = RuleReplay(definitions: [raised] + RuleDefinition.defaults.dropFirst())
        let log = Self.log()
        let diff = ReplayComparison(base: base.run(log), other: other.run(log))
        #expect(diff.onlyBase.map(\.ruleID).allSatisfy { $0 == "hallucination" } && diff.onlyBase.count >= 2)
        #expect(diff.onlyOther.isEmpty && diff.moved.isEmpty)
        #expect(diff.text.contains("- +00:3"))

        var same = RuleReplay()
        #expect(ReplayComparison(base: same.run(log), other: RuleReplay().runCopy(log)).isIdentical)
    }

    @Test func costPerConversionIsFedFromTheLogsConversions() {
        var replay = RuleReplay()
        let start = TestClock().now
        var events: [RuleReplay.Event] = []
        // Two hours at $0.40 a conversion, then $2 a conversion.
        for minute in 0..<180 {
            let t = start + Double(minute) * 60
            let cost = minute < 120 ? 0.40 : 2.0
            events.append(.call(RuleObservation(time: t, model: "m", latencyMs: 10, sessionID: "s\(minute)", costUSD: cost)))
            events.append(.conversion(time: t + 1, sessionID: "s\(minute)"))
        }
        let timeline = replay.run(events)
        let fired = timeline.firstFiring(of: "cost_per_conversion")
        #expect(fired != nil && (fired?.time ?? 0) > start + 7200, "\(timeline.text)")
    }

    @Test func theCallLogRoundTrips() throws {
        let obs = RuleObservation(
            time: 1_767_571_200.25, model: "gemini-2.5-flash", statusCode: 429, isError: true, is429: true, latencyMs: 812.5,
            totalTokens: 1530, injectionScore: 0.91, isInjection: true, sessionID: "s\"1", sessionFlagged: true,
            productMentions: 3, invalidProductIDs: 1, qualityScore: 0.42, correctRefusal: true, costUSD: 0.0011)
        for event in [RuleReplay.Event.call(obs), .conversion(time: 5, sessionID: "s1"), .conversion(time: 6, sessionID: nil)] {
            let line = CallLog.line(for: event)
            #expect(!line.contains("\n"))
            #expect(try CallLog.event(parsing: line) == event)
        }
        #expect(try CallLog.event(parsing: "  ") == nil)
        #expect(throws: CallLogError.notJSON) { try CallLog.event(parsing: "{nope") }
        #expect(throws: CallLogError.missing("model")) { try CallLog.event(parsing: #"{"type":"call","time":1}"#) }
    }
}

extension RuleReplay {
    /// Runs a copy, leaving `self` untouched (for one-line comparisons).
    func runCopy(_ events: [Event]) -> ReplayTimeline {
        var copy = self
        return copy.run(events)
    }
}
