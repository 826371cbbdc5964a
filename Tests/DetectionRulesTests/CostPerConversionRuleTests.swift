import DetectionRules
import Testing

@Suite struct CostPerConversionRuleTests {
    @Test func firesWhenCostTriplesSaysHowMuchBaselineItHasAndResolves() throws {
        var sim = Simulation()
        sim.callInterval = 30  // calls don't matter here
        sim.run(36 * 3600)
        let onset = sim.clock.now
        sim.run(3600, cost: { _, normal in normal * 3 })
        let alert = try #require(sim.signals(of: "cost_per_conversion").first)
        #expect(alert.state == .alert && alert.severity == .medium && alert.group == .all)
        #expect(alert.time - onset <= 900)
        let days = try #require(alert.baselineCoverageDays)
        #expect(days > 1.4 && days < 1.6)
        #expect(alert.summary.contains("of 7 days"))
        #expect(alert.adapterAdvice == nil && !alert.suggestedActions.isEmpty)
        #expect(alert.measurements.contains { $0.name == "cost_per_conversion_increase" && $0.value > 1 })
        sim.run(2 * 3600)
        #expect(sim.signals(of: "cost_per_conversion").last?.state == .resolved)
    }

    @Test func needsAnHourOfHistoryBeforeFiring() {
        var sim = Simulation()
        sim.callInterval = 30
        sim.run(1800)
        sim.run(1200, cost: { _, normal in normal * 5 })
        #expect(sim.signals(of: "cost_per_conversion").isEmpty)
        let status = sim.engine.status(now: sim.clock.now).first { $0.ruleID == "cost_per_conversion" }
        #expect(status?.groups.first?.measurements.first?.isReady == false)
    }

    @Test func renotifiesEverySixHoursUnlessAcknowledged() {
        var sim = Simulation()
        sim.callInterval = 60
        sim.evaluationInterval = 30
        sim.run(24 * 3600)
        sim.run(13 * 3600, cost: { _, normal in normal * 6 })
        let signals = sim.signals(of: "cost_per_conversion")
        #expect(signals.first?.state == .alert)
        #expect(signals.filter { $0.reason == .renotify }.count == 2)
    }
}
