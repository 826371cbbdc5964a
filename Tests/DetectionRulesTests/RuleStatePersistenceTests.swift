import DetectionRules
import Testing

/// The rule state survives a restart through ``RuleStateSnapshot``: a firing rule keeps firing
/// without a new signal, an acknowledgement is kept, forecasters do not warm up again, and bad
/// files are refused with a reason.
@Suite struct RuleStatePersistenceTests {
    /// Ten minutes of answers with 10 % invalid IDs: `hallucination` alerts for the model.
    static func hallucinating(_ engine: inout RuleEngine, _ scenario: inout Scenario, from start: Double, seconds: Double) -> [RuleSignal] {
        var signals: [RuleSignal] = []
        var t = start
        while t < start + seconds {
            var obs = scenario.call(at: t)
            obs.productMentions = 2
            obs.invalidProductIDs = scenario.rng.unit() < 0.2 ? 1 : 0
            engine.observe(obs)
            if Int(t - start) % 5 == 0 { signals += engine.evaluate(now: t) }
            t += 1
        }
        return signals
    }

    static func restarted(_ engine: RuleEngine, at now: Double) throws -> RuleEngine {
        let bytes = engine.stateSnapshot(now: now).encode()
        var fresh = RuleEngine()
        fresh.restore(try RuleStateSnapshot(decoding: bytes))
        return fresh
    }

    @Test func aFiringRuleKeepsFiringWithoutANewSignalAndKeepsItsAcknowledgement() throws {
        var clock = TestClock()
        var scenario = Scenario(seed: 11)
        var engine = RuleEngine()
        let before = Self.hallucinating(&engine, &scenario, from: clock.now, seconds: 600)
        #expect(before.filter { $0.ruleID == "hallucination" && $0.state == .alert }.count == 1)
        clock.advance(600)
        let acknowledged = engine.acknowledge(ruleID: "hallucination", group: "gemini-2.5-flash", now: clock.now)
        #expect(acknowledged)

        var restored = try Self.restarted(engine, at: clock.now)
        let group = try #require(restored.status(now: clock.now).first { $0.ruleID == "hallucination" }?.groups.first)
        #expect(group.state == .alert && group.acknowledged)
        // Two more hours of the same incident: no transition, and no reminder (acknowledged).
        let after = Self.hallucinating(&restored, &scenario, from: clock.now, seconds: 7200)
        #expect(after.filter { $0.ruleID == "hallucination" }.isEmpty, "\(after.map(\.summary))")

        // Without the state, the same traffic alerts again: the restart would re-send the alert.
        var forgetful = RuleEngine()
        let resent = Self.hallucinating(&forgetful, &scenario, from: clock.now + 7200, seconds: 600)
        #expect(resent.contains { $0.ruleID == "hallucination" && $0.reason == .transition })
    }

    @Test func anUnacknowledgedAlertIsRemindedOnItsOldScheduleNotResent() throws {
        var clock = TestClock()
        var scenario = Scenario(seed: 12)
        var engine = RuleEngine()
        _ = Self.hallucinating(&engine, &scenario, from: clock.now, seconds: 600)
        clock.advance(600)
        var restored = try Self.restarted(engine, at: clock.now)
        let after = Self.hallucinating(&restored, &scenario, from: clock.now, seconds: 3600)
        // The alert fired at about t = 0…600; its reminder is due an hour after, not at the restart.
        let reminders = after.filter { $0.ruleID == "hallucination" }
        #expect(reminders.count == 1 && reminders.first?.reason == .renotify, "\(reminders.map(\.summary))")
        #expect((reminders.first?.time ?? 0) >= TestClock().now + 3600)
    }

    @Test func capacityForecastsDoNotWarmUpAgain() throws {
        var clock = TestClock()
        var scenario = Scenario(seed: 13)
        var engine = RuleEngine()
        for minute in 0..<45 {
            for k in 0..<20 { engine.observe(scenario.call(at: clock.now + Double(minute * 60 + k * 3))) }
            _ = engine.evaluate(now: clock.now + Double(minute * 60 + 59))
        }
        clock.advance(45 * 60)
        #expect(engine.errorProbabilities["gemini-2.5-flash"] != nil)
        var restored = try Self.restarted(engine, at: clock.now)
        _ = restored.evaluate(now: clock.now + 5)
        #expect(restored.errorProbabilities["gemini-2.5-flash"] != nil, "the forecasters keep their 45 minutes")
        var cold = RuleEngine()
        cold.observe(scenario.call(at: clock.now))
        _ = cold.evaluate(now: clock.now + 5)
        #expect(cold.errorProbabilities["gemini-2.5-flash"] == nil)
    }

    @Test func aChangedWindowStartsEmptyButKeepsTheState() throws {
        var clock = TestClock()
        var scenario = Scenario(seed: 14)
        var engine = RuleEngine()
        _ = Self.hallucinating(&engine, &scenario, from: clock.now, seconds: 600)
        clock.advance(600)
        var shorter = RuleDefinition.hallucination
        shorter.window = 120
        var restored = RuleEngine(definitions: [shorter])
        #expect(restored.restore(try RuleStateSnapshot(decoding: engine.stateSnapshot(now: clock.now).encode())) == 1)
        let group = try #require(restored.status(now: clock.now).first?.groups.first)
        #expect(group.state == .alert)
        _ = restored.evaluate(now: clock.now + 1)
        let mentions = restored.status(now: clock.now + 1).first?.groups.first?.measurements.first?.samples
        #expect(mentions == 0, "the old 10-minute buckets are not read as 2-minute ones")
    }

    @Test func theFileIsBoundedPerRule() throws {
        var engine = RuleEngine()
        let t = TestClock().now
        for s in 0..<1_000 {
            engine.observe(RuleObservation(time: t + Double(s) * 0.01, model: "m", latencyMs: 10, injectionScore: 0.1, isInjection: true, sessionID: "s\(s)"))
        }
        let snapshot = engine.stateSnapshot(now: t + 10)
        #expect(snapshot.groupCount <= RuleStateSnapshot.maxGroupsPerRule * 5)
        let bytes = snapshot.encode()
        #expect(bytes.count < 2_000_000, "\(bytes.count) bytes")
        #expect(try RuleStateSnapshot(decoding: bytes).groupCount == snapshot.groupCount)
    }

    @Test func badFilesAreRefusedWithAReason() throws {
        #expect(throws: BaselineSnapshotError.self) { try RuleStateSnapshot(decoding: Array("{not json".utf8)) }
        #expect(throws: BaselineSnapshotError.unsupportedVersion(found: 9, expected: 3)) {
            try RuleStateSnapshot(decoding: Array(#"{"version":9,"savedAt":1,"rules":[]}"#.utf8))
        }
        let broken = #"{"version":2,"savedAt":1,"rules":[{"id":"hallucination","kind":"invalid_product_rate","groups":[{"group":"model=m"}]}]}"#
        #expect(throws: BaselineSnapshotError.self) { try RuleStateSnapshot(decoding: Array(broken.utf8)) }
    }

    @Test func aVersion1FileStillRestoresItsBaselines() throws {
        var b = HourlyBaseline()
        let t = TestClock().now
        for h in 0..<5 { b.add(0.9, at: t + Double(h) * 3600) }
        let v1 = BaselineSnapshot(savedAt: t + 5 * 3600, baselines: [.init(rule: "quality_degradation", group: "model=m", baseline: b)])
        var engine = RuleEngine()
        #expect(engine.restore(try RuleStateSnapshot(decoding: v1.encode())) == 1)
        #expect(engine.snapshot(now: t + 5 * 3600).baselines.first?.baseline == b)
    }
}
