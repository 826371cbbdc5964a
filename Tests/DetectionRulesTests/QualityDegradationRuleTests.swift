import DetectionRules
import Testing

@Suite struct QualityDegradationRuleTests {
    @Test func meanBelowThresholdFiresWithinFiveMinutesAndResolves() throws {
        var sim = Simulation()
        sim.run(1800)
        let onset = sim.clock.now
        sim.run(600) { obs, rng in obs.qualityScore = max(0, rng.gaussian(mean: 0.4, sd: 0.1)) }
        let alert = try #require(sim.signals(of: "quality_degradation").first)
        #expect(alert.state == .alert && alert.severity == .high && alert.group.description == "model=gemini-2.5-flash")
        #expect(alert.time - onset <= 300)
        #expect(alert.measurements.contains { $0.name == "quality_score_mean" && $0.value < 0.6 && $0.comparison == .below })
        #expect(!alert.samples.isEmpty)
        sim.run(1800)
        #expect(sim.signals(of: "quality_degradation").last?.state == .resolved)
    }

    @Test func suddenDropAgainstTheHourlyBaselineFires() throws {
        var sim = Simulation()
        sim.run(2 * 3600)
        sim.run(600) { obs, rng in obs.qualityScore = min(1, max(0, rng.gaussian(mean: 0.64, sd: 0.1))) }  // 25 % below 0.85, above 0.6
        let alert = try #require(sim.signals(of: "quality_degradation").first)
        let drop = try #require(alert.measurements.first { $0.name == "quality_drop_vs_baseline" })
        #expect(drop.value > 0.2)
        #expect(alert.measurements.first { $0.name == "quality_score_mean" }!.value > 0.6)
    }

    @Test func fewLowScoresInAQuietPeriodDoNotFire() {
        var engine = RuleEngine(configuration: .testing)
        let t = TestClock().now
        for i in 0..<5 { engine.observe(RuleObservation(time: t + Double(i), model: "m", latencyMs: 700, qualityScore: 0.1)) }
        #expect(engine.evaluate(now: t + 10).isEmpty)
    }

    @Test func renotifiesAndAcknowledges() {
        var sim = Simulation()
        sim.evaluationInterval = 30
        let degrade: (inout RuleObservation, inout SeededRandom) -> Void = { obs, _ in obs.qualityScore = 0.3 }
        sim.run(3600 + 600, modify: degrade)
        #expect(sim.signals(of: "quality_degradation").filter { $0.reason == .renotify }.count == 1)
        let acked = sim.engine.acknowledge(ruleID: "quality_degradation", group: "model=gemini-2.5-flash", now: sim.clock.now)
        #expect(acked)
        let before = sim.signals(of: "quality_degradation").count
        sim.run(2 * 3600, modify: degrade)
        #expect(sim.signals(of: "quality_degradation").count == before)
    }
}
