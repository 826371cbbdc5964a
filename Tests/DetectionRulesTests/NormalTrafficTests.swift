import DetectionRules
import Testing

/// Normal, noisy traffic must not fire any of the five rules, at the hour and the week scale.
@Suite struct NormalTrafficTests {
    @Test func oneHourAtOneCallPerSecondFiresNothing() {
        var sim = Simulation(models: ["gemini-2.5-flash", "gemini-2.5-pro"])
        sim.run(3600)
        #expect(sim.signals.isEmpty, "\(sim.signals.map(\.summary))")
        #expect(sim.engine.errorProbabilities.keys.sorted() == ["gemini-2.5-flash", "gemini-2.5-pro"])
        #expect(sim.engine.errorProbabilities.values.allSatisfy { $0 < 0.1 })
    }

    @Test func sevenDaysFiresNothing() {
        var sim = Simulation(seed: 7)
        sim.callInterval = 2
        sim.evaluationInterval = 60
        sim.run(7 * 86_400)
        #expect(sim.signals.isEmpty, "\(sim.signals.map(\.summary))")
        let cost = sim.engine.status(now: sim.clock.now).first { $0.ruleID == "cost_per_conversion" }
        #expect(cost?.groups.first?.state == .ok)
        #expect(sim.engine.snapshot(now: sim.clock.now).baselines.allSatisfy { $0.baseline.coveredDays(now: sim.clock.now) == 7 })
    }
}
