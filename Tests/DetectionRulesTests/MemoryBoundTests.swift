import DetectionRules
import Testing

@Suite struct MemoryBoundTests {
    /// 100,000 distinct sessions (one in ten attacking) over 500 models: every rule stays at or under
    /// its 1000-group cap (plus the `other` overflow group), and the byte estimate under 16 MiB.
    @Test func manySessionsAndModelsStayUnderTheCaps() {
        var engine = RuleEngine(configuration: .testing)
        var rng = SeededRandom(seed: 1)
        let start = TestClock().now
        for i in 0..<100_000 {
            let t = start + Double(i) * 0.01
            let attack = i % 10 == 0
            engine.observe(RuleObservation(
                time: t, model: "model-\(i % 500)", latencyMs: 500 + rng.unit() * 1000, totalTokens: 1000,
                injectionScore: attack ? 0.9 : 0.1, isInjection: attack, sessionID: "session-\(i)", productMentions: 2,
                invalidProductIDs: 0, qualityScore: 0.85,
                sample: RuleSample(traceID: nil, callID: "c\(i)", text: String(repeating: "x", count: 120), model: "m")))
            if i % 1000 == 999 { _ = engine.evaluate(now: t) }
            if i % 6000 == 0 { engine.observeCostPerConversion(usd: 0.4, at: t) }
        }
        let status = engine.status(now: start + 1000)
        for rule in status {
            #expect(rule.trackedGroups <= 1001, "\(rule.ruleID): \(rule.trackedGroups)")
        }
        let injection = status.first { $0.ruleID == "prompt_injection" }!
        // Alerting sessions are kept; new ones beyond the cap are folded into `other`, which alerts too.
        #expect(injection.overflowedObservations > 0)
        #expect(injection.groups.contains { $0.group == .overflow })
        #expect(status.first { $0.ruleID == "predictive_capacity" }!.trackedGroups == 500)
        #expect(engine.trackedGroupCount <= 5 * 1001)
        #expect(engine.approximateMemoryBytes < 16 * 1024 * 1024, "\(engine.approximateMemoryBytes) bytes")
        print("memory test: \(engine.trackedGroupCount) groups, about \(engine.approximateMemoryBytes / 1024) KiB")
    }

    @Test func idleOkGroupsAreEvictedOldestFirst() {
        var config = RuleEngineConfiguration.testing
        config.maxGroupsPerRule = 100
        var engine = RuleEngine(configuration: config)
        let start = TestClock().now
        for i in 0..<1000 {
            // Suspicious but under the per-session limit: groups are created but stay ok.
            engine.observe(RuleObservation(time: start + Double(i), model: "m", latencyMs: 500, injectionScore: 0.5, isInjection: true, sessionID: "s\(i)"))
        }
        let injection = engine.status(now: start + 1000).first { $0.ruleID == "prompt_injection" }!
        #expect(injection.trackedGroups <= 100)
        #expect(injection.evictedGroups >= 900)
        #expect(injection.overflowedObservations == 0)
    }
}
