/// How a scenario shapes its requests: the mock's fault knobs, the prompt mix and the model.
struct ScenarioProfile: Sendable {
    var scenario: Scenario
    /// The scenario is a phase of `full`, where every phase places orders.
    var partOfFull = false

    /// The share of requests that are attacks.
    var attackShare: Double { scenario == .injection ? 0.25 : 0 }
    /// The share of requests that are junk prompts.
    var junkShare: Double { scenario == .quality ? 0.3 : 0 }
    /// The chance that a new session places an order when it ends.
    var conversionChance: Double { scenario.postsConversions || partOfFull ? 0.35 : 0 }
    /// The model every request uses unless `--model` is given.
    var model: String? { scenario == .costSpike ? "gemini-2.5-pro" : nil }
    /// `maxOutputTokens` for every request, if set.
    var maxOutputTokens: Int? { scenario == .costSpike ? 8_192 : nil }
    /// Whether prompts carry long extra context.
    var longPrompts: Bool { scenario == .costSpike }
    /// Whether the rate ramps to 4× over the scenario's time.
    var ramps: Bool { scenario == .capacityRamp }

    /// The `x-mock-behavior` header value for one request.
    ///
    /// Knob names are mock-gemini's (Sources/MockGemini/MockBehavior.swift).
    /// - Parameters:
    ///   - streams: Whether the request streams (adds chunk pacing).
    ///   - rampFactor: The current rate ÷ the starting rate (1…4); 429s start above 2.
    func mockBehavior(streams: Bool, rampFactor: Double) -> String {
        var knobs = streams ? ["ttfc=30ms", "interval=10ms", "chunks=4"] : ["latency=20ms"]
        switch scenario {
        case .hallucination: knobs += ["hallucination_rate=0.3", "swap_name_rate=0.1", "wrong_price_rate=0.1"]
        // Enough faults that the mean quality falls below the default 0.6 (docs/load.md).
        case .quality: knobs += ["refusal_rate=0.45", "loop_rate=0.3", "truncate_rate=0.3"]
        case .costSpike: knobs += ["long=true"]
        case .capacityRamp:
            let errorRate = Self.errorRate(rampFactor: rampFactor)
            if errorRate > 0 { knobs += ["error_rate=\(Self.twoDecimals(errorRate))", "error_status=429"] }
        case .normal, .injection, .conversions, .full: break
        }
        return knobs.joined(separator: ",")
    }

    /// The 429 rate at `rampFactor`: none up to 2×, then rising linearly to 40 % at 4×, as a
    /// quota would start refusing.
    static func errorRate(rampFactor: Double) -> Double {
        min(0.4, max(0, (rampFactor - 2) / 2 * 0.4))
    }

    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
