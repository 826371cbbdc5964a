import DetectionRules

/// A deterministic random generator (SplitMix64), so every scenario is the same on every run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Normal by the sum of twelve uniforms (Irwin–Hall), good enough for noise and needing no libm.
    mutating func gaussian(mean: Double = 0, sd: Double = 1) -> Double {
        var s = 0.0
        for _ in 0..<12 { s += unit() }
        return mean + (s - 6) * sd
    }
}

/// A test clock: seconds since the epoch, advanced by hand. Starts on a Monday at 00:00 UTC.
struct TestClock {
    var now: Double = 1_767_571_200  // 2026-01-05T00:00:00Z

    mutating func advance(_ seconds: Double) { now += seconds }
}

/// Realistic, noisy shop-chat traffic from a seed, with hooks to inject problems.
struct Scenario {
    var rng: SeededRandom
    var models: [String]
    var sessions = 200
    /// Per product mention, the chance it is invalid (0.2 % in normal traffic).
    var invalidPerMention = 0.002
    var qualityMean = 0.85
    var qualitySD = 0.1
    var latencyMs = 1_200.0
    var tokens = 1_500.0
    var callCount = 0

    init(seed: UInt64, models: [String] = ["gemini-2.5-flash"]) {
        rng = SeededRandom(seed: seed)
        self.models = models
    }

    /// One normal call at `time`.
    mutating func call(at time: Double, model: String? = nil) -> RuleObservation {
        callCount += 1
        let m = model ?? models[Int(rng.next() % UInt64(models.count))]
        let session = "s\(rng.next() % UInt64(sessions))"
        var mentions: Int?
        var invalid: Int?
        if rng.unit() < 0.6 {
            let n = 1 + Int(rng.next() % 4)
            mentions = n
            invalid = (0..<n).reduce(0) { acc, _ in acc + (rng.unit() < invalidPerMention ? 1 : 0) }
        }
        let quality = min(1, max(0, rng.gaussian(mean: qualityMean, sd: qualitySD)))
        let latency = max(50, latencyMs * (1 + rng.gaussian(sd: 0.25)))
        return RuleObservation(
            time: time, model: m, latencyMs: latency, totalTokens: Int(max(10, rng.gaussian(mean: tokens, sd: tokens * 0.2))),
            injectionScore: rng.unit() * 0.3, isInjection: false, sessionID: session, productMentions: mentions,
            invalidProductIDs: invalid, qualityScore: quality, costUSD: 0.001,
            sample: RuleSample(traceID: "0000000000000000000000000000\(String(callCount % 10_000, radix: 16))", callID: "c\(callCount)", text: "redacted answer", model: m))
    }

    /// A normal cost per conversion: $0.40 with a ±30 % daily cycle (peak at 12:00 UTC) and 5 % noise.
    mutating func costPerConversion(at time: Double) -> Double {
        let hour = (time / 3600).truncatingRemainder(dividingBy: 24)
        // A triangle wave stands in for a sine: −1 at 00:00, +1 at 12:00.
        let phase = hour < 12 ? hour / 6 - 1 : 3 - hour / 6
        return 0.40 * (1 + 0.3 * phase) * (1 + rng.gaussian(sd: 0.05))
    }
}

/// Drives an engine through simulated time.
struct Simulation {
    var engine: RuleEngine
    var clock = TestClock()
    var scenario: Scenario
    var signals: [RuleSignal] = []
    /// Seconds between calls, between evaluations and between cost-per-conversion feeds.
    var callInterval = 1.0
    var evaluationInterval = 5.0
    var costInterval = 60.0
    private var nextCall = 0.0
    private var nextEvaluation = 0.0
    private var nextCost = 0.0

    init(engine: RuleEngine = RuleEngine(configuration: .testing), seed: UInt64 = 42, models: [String] = ["gemini-2.5-flash"]) {
        self.engine = engine
        scenario = Scenario(seed: seed, models: models)
        nextCall = clock.now
        nextEvaluation = clock.now
        nextCost = clock.now
    }

    /// Runs for `seconds`, passing each call through `modify` and each cost feed through `cost`.
    mutating func run(
        _ seconds: Double, modify: (inout RuleObservation, inout SeededRandom) -> Void = { _, _ in },
        cost: ((Double, Double) -> Double)? = nil
    ) {
        let end = clock.now + seconds
        while true {
            let t = min(nextCall, nextEvaluation, nextCost)
            guard t < end else { break }
            clock.now = t
            if t == nextCall {
                var obs = scenario.call(at: t)
                modify(&obs, &scenario.rng)
                engine.observe(obs)
                nextCall += callInterval
            } else if t == nextCost {
                let normal = scenario.costPerConversion(at: t)
                engine.observeCostPerConversion(usd: cost.map { $0(t, normal) } ?? normal, at: t)
                nextCost += costInterval
            } else {
                signals += engine.evaluate(now: t)
                nextEvaluation += evaluationInterval
            }
        }
        clock.now = end
    }

    /// Signals of one rule.
    func signals(of rule: String) -> [RuleSignal] { signals.filter { $0.ruleID == rule } }
}

extension RuleEngineConfiguration {
    /// Quotas well above normal traffic (1 call/s is 60 RPM), and a latency limit.
    static var testing: RuleEngineConfiguration {
        var c = RuleEngineConfiguration()
        c.runbookBaseURL = "https://git.example.com/shop/outrigger/blob/main"
        c.capacity.defaultQuota = ModelQuota(requestsPerMinute: 1_000, tokensPerMinute: 2_000_000)
        c.capacity.latencyP99LimitMs = 20_000
        return c
    }
}
