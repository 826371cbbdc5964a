import DetectionRules
import Testing

@Suite struct HallucinationRuleTests {
    /// Every answer that mentions products names one invalid product: about 28 % of mentions.
    static func hallucinate(_ obs: inout RuleObservation, _ rng: inout SeededRandom) {
        if let n = obs.productMentions { obs.invalidProductIDs = max(obs.invalidProductIDs ?? 0, n > 1 ? 1 : (rng.unit() < 0.3 ? 1 : 0)) }
    }

    @Test func firesWithinItsWindowResolvesAfterRecovery() throws {
        var sim = Simulation()
        sim.run(900)
        let onset = sim.clock.now
        sim.run(600, modify: Self.hallucinate)
        let alert = try #require(sim.signals(of: "hallucination").first)
        #expect(alert.state == .alert && alert.previousState == .ok)
        #expect(alert.time - onset <= 600)
        #expect(alert.severity == .high)
        #expect(alert.group.description == "model=gemini-2.5-flash")
        #expect(alert.aggregationKey == "outrigger-rule:hallucination:model=gemini-2.5-flash")
        #expect(alert.runbookURL == "https://git.example.com/shop/outrigger/blob/main/deploy/runbooks/hallucination.md")
        #expect(alert.samples.count == 3 && alert.samples.allSatisfy { $0.traceID != nil })
        #expect(alert.summary.contains("invalid_product_rate") && alert.summary.contains("over 10m"))
        let m = try #require(alert.measurements.first { $0.name == "invalid_product_rate" })
        #expect(m.value > 0.02 && m.alertThreshold == 0.02 && m.unit == "ratio")
        // Recovery: the window empties of bad answers in 10 minutes, then 5 minutes of clear values.
        let recovery = sim.clock.now
        sim.run(1800)
        let resolved = try #require(sim.signals(of: "hallucination").last)
        #expect(resolved.state == .resolved && resolved.previousState == .alert)
        #expect(resolved.time - recovery <= 600 + 300 + 10)
        #expect(sim.signals(of: "hallucination").count == 2)  // no duplicates
    }

    @Test func renotifiesHourlyUntilAcknowledged() throws {
        var sim = Simulation()
        sim.run(3 * 3600 + 1200, modify: Self.hallucinate)
        let reminders = sim.signals(of: "hallucination").filter { $0.reason == .renotify }
        #expect(reminders.count == 3)
        #expect(reminders.allSatisfy { $0.state == .alert && $0.summary.contains("(still)") })
        let acked = sim.engine.acknowledge(ruleID: "hallucination", group: "model=gemini-2.5-flash", now: sim.clock.now)
        #expect(acked)
        let before = sim.signals.count
        sim.run(2 * 3600, modify: Self.hallucinate)
        #expect(sim.signals.count == before)
        #expect(sim.engine.status(now: sim.clock.now).first { $0.ruleID == "hallucination" }?.groups.first?.acknowledged == true)
    }

    @Test func oneBadCallInAQuietMinuteDoesNotFire() {
        var engine = RuleEngine(configuration: .testing)
        let t = TestClock().now
        engine.observe(RuleObservation(time: t, model: "m", latencyMs: 900, productMentions: 2, invalidProductIDs: 2))
        #expect(engine.evaluate(now: t + 5).isEmpty)
        let status = engine.status(now: t + 5).first { $0.ruleID == "hallucination" }
        #expect(status?.groups.first?.measurements.first?.isReady == false)
    }

    @Test func aSecondRuleOfTheSameKindIsJustData() throws {
        var strict = RuleDefinition.hallucination
        strict.id = "hallucination_fast"
        strict.thresholds = RuleThresholds(alert: 0.05, warn: RuleThresholds.warnFraction(of: 0.05, 0.5))
        strict.window = 60
        strict.minSamples = 10
        var sim = Simulation(engine: RuleEngine(definitions: RuleDefinition.defaults + [strict], configuration: .testing))
        sim.run(600)
        sim.run(120, modify: Self.hallucinate)
        let fast = try #require(sim.signals(of: "hallucination_fast").first)
        #expect(fast.state == .alert || fast.state == .warn)
        #expect(fast.runbookURL.hasSuffix("deploy/runbooks/hallucination_fast.md"))
        #expect(sim.signals(of: "hallucination_fast").first!.time < sim.signals(of: "hallucination").first?.time ?? .infinity)
    }
}
