import DetectionRules
import Testing

/// The inputs of `predictive_capacity` beyond 429s: 5xx, timeouts and p99 latency, and the
/// published quotas that apply with no config.
@Suite struct CapacityInputsTests {
    /// What one call of minute `minute`, index `i` of `n`, looks like.
    typealias Call = (_ minute: Int, _ i: Int, _ n: Int) -> RuleObservation

    /// Drives `minutes` at `rpm(minute)` evenly spaced calls, evaluating every 30 s.
    static func drive(
        _ engine: inout RuleEngine, from start: Double = TestClock().now, minutes: Range<Int>, rpm: (Int) -> Double,
        call: Call, onSignal: (RuleSignal, Int) -> Void = { _, _ in }
    ) {
        for minute in minutes {
            let n = Int(rpm(minute).rounded())
            for i in 0..<n {
                var obs = call(minute, i, n)
                obs.time = start + Double(minute) * 60 + 60 * Double(i) / Double(n)
                engine.observe(obs)
            }
            for half in [30.0, 60.0] {
                for s in engine.evaluate(now: start + Double(minute) * 60 + half) { onSignal(s, minute) }
            }
        }
    }

    static func ok(_ model: String = "m", latencyMs: Double = 900) -> RuleObservation {
        RuleObservation(time: 0, model: model, latencyMs: latencyMs, totalTokens: 1_000)
    }

    static var configuration: RuleEngineConfiguration {
        var c = RuleEngineConfiguration()
        c.capacity.quotas["m"] = ModelQuota(requestsPerMinute: 300, tokensPerMinute: 3_000_000)
        return c
    }

    /// 100 RPM for 90 minutes; from minute 80, one call in ten is `failure`.
    static func probability(failing failure: RuleObservation?) -> Double {
        var engine = RuleEngine(configuration: configuration)
        drive(&engine, minutes: 0..<90, rpm: { _ in 100 }) { minute, i, _ in
            guard let failure, minute >= 80, i % 10 == 0 else { return ok() }
            return failure
        }
        return engine.errorProbabilities["m"] ?? 0
    }

    @Test func quietTrafficStaysLow() {
        #expect(Self.probability(failing: nil) < 0.05)
    }

    @Test func onsetOf5xxRaisesTheProbability() {
        let failure = RuleObservation(time: 0, model: "m", statusCode: 503, isError: true, latencyMs: 900)
        let p = Self.probability(failing: failure)
        #expect(p >= 0.5, "with 10 % 503s: \(p)")
    }

    @Test func errorObjectsInsideAStreamCountAs5xx() {
        let failure = RuleObservation(time: 0, model: "m", statusCode: 200, isError: true, isServerError: true, latencyMs: 900)
        #expect(Self.probability(failing: failure) >= 0.5)
    }

    @Test func onsetOfTimeoutsRaisesTheProbability() {
        // A stream cut by a timeout after its 200 head: only the outcome says so. Short enough
        // (5 s, the connect timeout's length) that p99 latency alone would not raise anything.
        let failure = RuleObservation(time: 0, model: "m", statusCode: 200, isError: true, isTimeout: true, latencyMs: 5_000)
        let p = Self.probability(failing: failure)
        #expect(p >= 0.5, "with 10 % timeouts: \(p)")
    }

    @Test func risingP99OverTheDefaultLimitRaisesTheProbability() {
        #expect(CapacityLimits.default.latencyP99LimitMs == 60_000)
        var calm = RuleEngine(configuration: Self.configuration)
        var slow = calm
        Self.drive(&calm, minutes: 0..<120, rpm: { _ in 60 }) { _, _, _ in Self.ok(latencyMs: 2_000) }
        // From minute 60 the slowest calls grow by a second a minute: 40 s at minute 100.
        Self.drive(&slow, minutes: 0..<100, rpm: { _ in 60 }) { minute, i, _ in
            Self.ok(latencyMs: i < 2 && minute >= 60 ? 2_000 + 1_000 * Double(minute - 60) : 2_000)
        }
        let p0 = calm.errorProbabilities["m"] ?? 1
        let p1 = slow.errorProbabilities["m"] ?? 0
        #expect(p0 < 0.05)
        #expect(p1 >= 0.8, "p99 heading for 60 s: \(p1)")
    }

    /// 60 RPM for an hour, then +1 RPM a minute: Tier 1's 150 RPM for 2.5 Pro at minute 150.
    static func ramp(_ minute: Int) -> Double { minute < 60 ? 60 : 60 + Double(minute - 60) }

    static func firstWarning(model: String, configuration: RuleEngineConfiguration = .default) -> Int? {
        var engine = RuleEngine(configuration: configuration)
        var first: Int?
        drive(&engine, minutes: 0..<145, rpm: ramp, call: { _, _, _ in ok(model) }) { s, minute in
            if first == nil, s.ruleID == "predictive_capacity", s.state.isFiring { first = minute }
        }
        return first
    }

    @Test func publishedQuotasApplyWithNoConfig() throws {
        let minute = try #require(Self.firstWarning(model: "gemini-2.5-pro"), "no warning before Tier 1's 150 RPM")
        #expect(minute < 140)
        #expect(Self.firstWarning(model: "gemini-2.5-flash") == nil, "1000 RPM is far off")
        #expect(Self.firstWarning(model: "my-tuned-model") == nil, "no published quota")
    }

    @Test func aConfiguredQuotaWinsOverThePublishedOne() {
        var raised = RuleEngineConfiguration()
        raised.capacity.quotas["gemini-2.5-pro"] = ModelQuota(requestsPerMinute: 2_000)
        #expect(Self.firstWarning(model: "gemini-2.5-pro", configuration: raised) == nil)
        var off = RuleEngineConfiguration()
        off.capacity.publishedQuotas = .none
        #expect(Self.firstWarning(model: "gemini-2.5-pro", configuration: off) == nil)
    }
}
