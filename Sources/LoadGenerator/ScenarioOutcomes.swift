import DetectionRules

/// What the proxy would measure of one scenario request answered by mock-gemini: status, latency,
/// tokens, cost, product mentions, injection score and quality score, drawn from a model of the
/// mock's answers and the proxy's scorers.
///
/// The quality constants are fitted to live runs of the `quality` scenario through the proxy in
/// front of mock-gemini (`ScenarioRulesLiveTests`): a mean of about 0.73 with 15 % refusals,
/// 10 % loops, 15 % truncations and 25 % junk prompts, and about 0.46 with 45/30/30/30 %. The
/// model gives 0.70 and 0.49. Attacks score above 0.7 nine times in ten. Prices are the default
/// price table's.
struct ScenarioOutcomes: Sendable {
    static let cleanQuality = 0.86
    static let refusalQuality = 0.3
    static let loopQuality = 0.3
    static let truncatedQuality = 0.7
    static let junkQuality = 0.8
    static let attackDetection = 0.9

    /// USD per input and output token, by model (default price table, per 1M tokens ÷ 1e6).
    static func price(_ model: String) -> (input: Double, output: Double) {
        switch model {
        case "gemini-2.5-pro": (1.25e-6, 10e-6)
        case "gemini-2.5-flash": (0.30e-6, 2.50e-6)
        default: (0.10e-6, 0.40e-6)
        }
    }

    mutating func observation(
        at time: Double, service: ShopService, session: String, history: Int, kind: PlannedRequest.Kind,
        profile: ScenarioProfile, rampFactor: Double, random: inout SeededGenerator
    ) -> RuleObservation {
        let model = profile.model ?? service.defaultModel
        let streams = service.streams
        let latency = (streams ? 70.0 : 25.0) * (0.8 + 0.4 * random.unit())
        let score = kind == .attack
            ? (random.chance(Self.attackDetection) ? 0.75 + 0.25 * random.unit() : 0.3 + 0.4 * random.unit())
            : 0.25 * random.unit()
        var obs = RuleObservation(
            time: time, model: model, latencyMs: latency, injectionScore: score, isInjection: score > 0.7, sessionID: session)
        if profile.ramps, random.chance(ScenarioProfile.errorRate(rampFactor: rampFactor)) {
            obs.statusCode = 429
            obs.is429 = true
            obs.isError = true
            return obs
        }
        // Tokens: the service's prompt (history grows it), long context and answers for cost-spike.
        let base: Double = service == .chatbot ? 1_100 : service == .upsell ? 450 : 380
        let input = base + Double(history) * 60 + (profile.longPrompts ? 60 * Double(random.int(in: 10...20)) : 0)
        let output = profile.longPrompts ? 1_200 + 400 * random.unit() : 110 + 60 * random.unit()
        obs.totalTokens = Int(input + output)
        let p = Self.price(model)
        obs.costUSD = input * p.input + output * p.output

        let knobs = Set(profile.mockBehavior(streams: streams, rampFactor: rampFactor).split(separator: ",").map(String.init))
        func rate(_ name: String) -> Double {
            knobs.first { $0.hasPrefix(name + "=") }.flatMap { Double($0.dropFirst(name.count + 1)) } ?? 0
        }
        let refusal = random.chance(rate("refusal_rate"))
        let loop = random.chance(rate("loop_rate"))
        let truncated = random.chance(rate("truncate_rate"))
        let invented = random.chance(rate("hallucination_rate"))
        if !refusal, kind != .junk {
            let mentions = random.int(in: 1...4)
            obs.productMentions = mentions
            obs.invalidProductIDs = invented ? 1 : 0
        }
        var quality = Self.cleanQuality + 0.06 * (random.unit() + random.unit() - 1)
        if kind == .junk { quality = min(quality, Self.junkQuality) }
        if truncated { quality = min(quality, Self.truncatedQuality) }
        if loop { quality = min(quality, Self.loopQuality) - (truncated ? 0.05 : 0) }
        if refusal { quality = Self.refusalQuality }
        obs.qualityScore = min(1, max(0, quality))
        return obs
    }
}
