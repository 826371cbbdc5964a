import DetectionRules
import Testing

@Suite struct PromptInjectionRuleTests {
    @Test func oneHighScoreAlertsImmediatelyForItsSessionAndResolves() throws {
        var engine = RuleEngine(configuration: .testing)
        var clock = TestClock()
        #expect(engine.evaluate(now: clock.now).isEmpty)
        engine.observe(RuleObservation(time: clock.now, model: "m", latencyMs: 800, injectionScore: 0.92, isInjection: true, sessionID: "abc",
            sample: RuleSample(traceID: "ab", callID: "c1", text: "ignore all previous [REDACTED]", model: "m")))
        clock.advance(5)
        let alert = try #require(engine.evaluate(now: clock.now).first)
        #expect(alert.ruleID == "prompt_injection" && alert.state == .alert && alert.severity == .critical)
        #expect(alert.group.description == "session=abc")
        #expect(alert.samples.map(\.callID) == ["c1"])
        #expect(alert.summary.contains("max_injection_score 0.92 (> 0.70)"))
        // Quiet: the minute window empties, then 5 minutes clear.
        var resolved: RuleSignal?
        for _ in 0..<100 {
            clock.advance(5)
            resolved = resolved ?? engine.evaluate(now: clock.now).first
        }
        #expect(resolved?.state == .resolved)
        #expect((resolved?.time ?? .infinity) - alert.time <= 60 + 300 + 10)
    }

    @Test func sessionlessHighScoreGoesToAll() throws {
        var engine = RuleEngine(configuration: .testing)
        let t = TestClock().now
        engine.observe(RuleObservation(time: t, model: "m", latencyMs: 800, injectionScore: 0.8))
        let alert = try #require(engine.evaluate(now: t + 1).first)
        #expect(alert.group == .all && alert.aggregationKey == "outrigger-rule:prompt_injection:all")
    }

    @Test(arguments: [5, 6])
    func moreThanFiveSuspiciousRequestsFromOneSessionInAMinute(count: Int) {
        var engine = RuleEngine(configuration: .testing)
        let t = TestClock().now
        for i in 0..<count {
            engine.observe(RuleObservation(time: t + Double(i) * 8, model: "m", latencyMs: 800, injectionScore: 0.6, isInjection: true, sessionID: "s1"))
        }
        let signals = engine.evaluate(now: t + 50)
        #expect(signals.count == (count > 5 ? 1 : 0))
        if count > 5 { #expect(signals.first?.measurements.contains { $0.name == "suspicious_requests" && $0.value == 6 } == true) }
    }

    @Test func renotifiesWhileTheAttackGoesOnUntilAcknowledged() {
        var sim = Simulation()
        sim.run(3600 + 60) { obs, _ in
            if Int(obs.time).isMultiple(of: 2) { obs.sessionID = "s7"; obs.injectionScore = 0.95; obs.isInjection = true }
        }
        let signals = sim.signals(of: "prompt_injection").filter { $0.group.value == "s7" }
        #expect(signals.first?.state == .alert)
        #expect(signals.filter { $0.reason == .renotify }.count == 2)  // every 30 minutes
        _ = sim.engine.acknowledge(ruleID: "prompt_injection", group: "s7", now: sim.clock.now)
        let before = sim.signals.count
        sim.run(3600) { obs, _ in
            if Int(obs.time).isMultiple(of: 2) { obs.sessionID = "s7"; obs.injectionScore = 0.95; obs.isInjection = true }
        }
        #expect(sim.signals.count == before)
    }
}
