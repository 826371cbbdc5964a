import DetectionRules
import Testing

@Suite struct PredictiveCapacityRuleTests {
    static var configuration: RuleEngineConfiguration {
        var c = RuleEngineConfiguration()
        c.capacity.quotas["m"] = ModelQuota(requestsPerMinute: 300, tokensPerMinute: 3_000_000)
        return c
    }

    /// Drives `minutes` of traffic to model "m" at `rpm(minute)` calls per minute, evenly spaced,
    /// evaluating every 30 s; `throttled(minute)` is the share answered 429.
    static func drive(
        _ engine: inout RuleEngine, from start: Double, minutes: Range<Int>, rpm: (Int) -> Double,
        throttled: (Int) -> Double = { _ in 0 }, onSignal: (RuleSignal, Int) -> Void = { _, _ in }
    ) {
        for minute in minutes {
            let n = Int(rpm(minute).rounded())
            let share = throttled(minute)
            let every = share > 0 ? max(1, Int((1 / share).rounded())) : 0
            for i in 0..<n {
                let t = start + Double(minute) * 60 + 60 * Double(i) / Double(n)
                let is429 = every > 0 && i % every == 0
                engine.observe(RuleObservation(time: t, model: "m", statusCode: is429 ? 429 : 200, isError: is429, is429: is429,
                    latencyMs: 900, totalTokens: 1_000))
            }
            for half in [30.0, 60.0] {
                for s in engine.evaluate(now: start + Double(minute) * 60 + half) { onSignal(s, minute) }
            }
        }
    }

    /// 60 RPM for an hour, then +1.5 RPM per minute: the 300 RPM quota is reached at minute 220.
    static func ramp(_ minute: Int) -> Double { minute < 60 ? 60 : 60 + 1.5 * Double(minute - 60) }

    @Test func rampWarnsAheadWithATimeAndAQuotaRecommendationThenEscalates() throws {
        var engine = RuleEngine(definitions: RuleDefinition.defaults, configuration: Self.configuration)
        let start = TestClock().now
        var signals: [(RuleSignal, Int)] = []
        Self.drive(&engine, from: start, minutes: 0..<215, rpm: Self.ramp, onSignal: { signals.append(($0, $1)) })
        let (warn, minute) = try #require(signals.first)
        #expect(warn.ruleID == "predictive_capacity" && warn.state == .warn && warn.severity == .medium)
        let lead = 220 - minute
        #expect(lead >= 30 && lead <= 130, "warned \(lead) minutes ahead")
        let predicted = try #require(warn.predictedTime)
        #expect(abs(predicted - (start + 220 * 60)) < 40 * 60)
        #expect(warn.suggestedActions.first?.hasPrefix("Request a quota increase for m to ") == true)
        #expect(warn.suggestedActions.first?.contains("RPM before") == true)
        #expect(warn.summary.contains("limit reached about"))
        let escalation = try #require(signals.first { $0.0.reason == .escalation })
        #expect(escalation.0.state == .alert && escalation.0.severity == .high)
        #expect(escalation.1 - minute >= 15 && escalation.1 - minute <= 16)
        #expect((engine.errorProbabilities["m"] ?? 0) > 0.8)
    }

    @Test func acknowledgedWarningDoesNotEscalateAndResolvesAfterTheLoadFalls() throws {
        var engine = RuleEngine(definitions: RuleDefinition.defaults, configuration: Self.configuration)
        let start = TestClock().now
        var signals: [RuleSignal] = []
        var acked = false
        for minute in 0..<215 {
            Self.drive(&engine, from: start, minutes: minute..<(minute + 1), rpm: Self.ramp, onSignal: { s, _ in signals.append(s) })
            if !acked, signals.last?.state == .warn {
                acked = engine.acknowledge(ruleID: "predictive_capacity", group: "m", now: start + Double(minute + 1) * 60)
            }
        }
        #expect(acked)
        #expect(signals.count == 1 && signals[0].state == .warn)
        Self.drive(&engine, from: start, minutes: 215..<600, rpm: { _ in 40 }, onSignal: { s, _ in signals.append(s) })
        #expect(signals.last?.state == .resolved)
        #expect(!signals.contains { $0.reason == .escalation })
    }

    @Test func onsetOf429sRaisesTheProbability() {
        var calm = RuleEngine(definitions: RuleDefinition.defaults, configuration: Self.configuration)
        var throttled = calm
        let start = TestClock().now
        Self.drive(&calm, from: start, minutes: 0..<90, rpm: { _ in 100 })
        Self.drive(&throttled, from: start, minutes: 0..<90, rpm: { _ in 100 }, throttled: { $0 >= 80 ? 0.1 : 0 })
        let p0 = calm.errorProbabilities["m"] ?? 0
        let p1 = throttled.errorProbabilities["m"] ?? 0
        #expect(p0 < 0.05)
        #expect(p1 >= 0.5, "with 10 % 429s: \(p1)")
    }

    @Test func flatTrafficWellBelowQuotaNeverWarns() {
        var engine = RuleEngine(definitions: RuleDefinition.defaults, configuration: Self.configuration)
        var rng = SeededRandom(seed: 9)
        var signals: [RuleSignal] = []
        Self.drive(&engine, from: TestClock().now, minutes: 0..<(24 * 60), rpm: { _ in max(0, rng.gaussian(mean: 100, sd: 10)) },
            onSignal: { s, _ in signals.append(s) })
        #expect(signals.isEmpty)
        #expect((engine.errorProbabilities["m"] ?? 1) < 0.01)
    }
}
