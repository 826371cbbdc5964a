package import DetectionRules

/// A scenario's traffic as the rules would see it, without sending anything: the call log that
/// `outrigger load` followed by `outrigger serve`'s analysis would produce, for
/// `outrigger rules replay --scenario`.
///
/// Arrivals, sessions, services, bursts, ramps and orders follow ``LoadPlan`` (the same shapes and
/// shares); what the proxy would measure of each answer comes from ``ScenarioOutcomes``, a
/// statistical model of mock-gemini's answers as grounding, the quality scorer and the guards
/// score them. Deterministic for a seed.
package struct ScenarioTraffic: Sendable {
    package var scenario: Scenario
    /// Generation requests per second (the starting rate of a ramp).
    package var rate: Double
    /// Seconds of traffic.
    package var duration: Double
    package var seed: UInt64
    /// The first call's time, seconds since the epoch.
    package var start: Double

    /// Traffic for a scenario.
    /// - Parameters:
    ///   - scenario: The scenario (`full` plays every scenario in turn).
    ///   - rate: Requests per second.
    ///   - duration: Seconds of traffic.
    ///   - seed: Seeds every random choice.
    ///   - start: The first call's time (default 2026-01-05T00:00:00Z).
    package init(scenario: Scenario, rate: Double, duration: Double, seed: UInt64 = 1, start: Double = 1_767_571_200) {
        self.scenario = scenario
        self.rate = rate
        self.duration = duration
        self.seed = seed
        self.start = start
    }

    /// The phases: one per scenario of ``Scenario/fullSequence`` for `full`, else one.
    package var phases: [(scenario: Scenario, start: Double, end: Double)] {
        let scenarios = scenario == .full ? Scenario.fullSequence : [scenario]
        let slice = duration / Double(scenarios.count)
        return scenarios.enumerated().map { i, s in
            (s, start + Double(i) * slice, i == scenarios.count - 1 ? start + duration : start + Double(i + 1) * slice)
        }
    }

    /// Every call and conversion, in time order.
    package func events() -> [RuleReplay.Event] {
        var random = SeededGenerator(seed: seed)
        var outcomes = ScenarioOutcomes()
        var out: [RuleReplay.Event] = []
        var counter = 0
        for phase in phases {
            let profile = ScenarioProfile(scenario: phase.scenario, partOfFull: scenario == .full)
            var events: [RuleReplay.Event] = []
            var open: [(id: String, service: ShopService, turns: Int, converts: Bool, turn: Int)] = []
            let offsets = LoadSchedule.arrivals(rate: rate, start: 0, end: phase.end - phase.start, ramps: profile.ramps)
            for offset in offsets {
                let time = phase.start + offset
                let factor = profile.ramps ? LoadSchedule.rampFactor(at: offset, start: 0, end: phase.end - phase.start) : 1
                let index: Int
                if !open.isEmpty, random.chance(0.7) {
                    index = Int(random.next() % UInt64(open.count))
                } else {
                    let roll = random.unit()
                    let service: ShopService = roll < 0.6 ? .chatbot : roll < 0.85 ? .upsell : .assistant
                    counter += 1
                    open.append(("s\(counter)", service, random.int(in: 1...5), random.chance(profile.conversionChance), 0))
                    index = open.count - 1
                }
                let kind: PlannedRequest.Kind =
                    random.chance(profile.attackShare) ? .attack : random.chance(profile.junkShare) ? .junk : .benign
                let s = open[index]
                events.append(
                    .call(
                        outcomes.observation(
                            at: time, service: s.service, session: s.id, history: s.turn, kind: kind, profile: profile,
                            rampFactor: factor, random: &random)))
                open[index].turn += 1
                if open[index].turn == s.turns {
                    open.remove(at: index)
                    if s.converts { events.append(.conversion(time: min(time + 0.5, phase.end), sessionID: s.id)) }
                }
            }
            if phase.scenario == .injection {
                // One burst session per 20 s sends 8 attacks 0.5 s apart, as the load plan does.
                let length = phase.end - phase.start
                for _ in 0..<max(1, Int(length / 20)) {
                    let burstStart = phase.start + random.unit() * max(0, length - 4)
                    counter += 1
                    for k in 0..<8 {
                        events.append(
                            .call(
                                outcomes.observation(
                                    at: min(burstStart + Double(k) * 0.5, phase.end - 0.001 * Double(8 - k)), service: .chatbot,
                                    session: "burst\(counter)", history: k, kind: .attack, profile: profile, rampFactor: 1,
                                    random: &random)))
                    }
                }
            }
            events.sort { $0.time < $1.time }
            out += events
        }
        return out
    }
}
