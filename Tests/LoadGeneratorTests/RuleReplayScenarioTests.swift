import DetectionRules
import LoadGenerator
import ProxyConfig
import Testing

/// `outrigger rules replay` over a simulated day of `full` traffic: each of the five rules fires
/// first in the phase docs/rules.md predicts, and `--compare` with a raised threshold removes
/// exactly that rule's signals.
@Suite struct RuleReplayScenarioTests {
    static let day = 86_400.0
    static let phase = day / 7

    /// A day of `full` at 2 requests per second, replayed through the given rules.
    static func replay(_ yaml: String = "") throws -> (ReplayTimeline, [RuleReplay.Event]) {
        let rules = try ProxyConfiguration.load(yaml: yaml).rules
        let events = ScenarioTraffic(scenario: .full, rate: 2, duration: day, seed: 7).events()
        var replay = RuleReplay(definitions: rules.definitions, configuration: rules.engine, evaluationInterval: 5)
        return (replay.run(events), events)
    }

    @Test func aDayOfFullTrafficFiresEachRuleInItsPhase() throws {
        let (timeline, events) = try Self.replay()
        let start = try #require(events.first?.time)
        #expect(events.count > 150_000)
        // (rule, the phase it belongs to, minutes into the phase by which it must have fired).
        let predicted: [(String, Int, Double)] = [
            ("prompt_injection", 2, 1),
            ("hallucination", 3, 10),
            ("quality_degradation", 4, 5),
            ("cost_per_conversion", 5, 60),
            ("predictive_capacity", 5, 60),
        ]
        for (rule, index, minutes) in predicted {
            let fired = timeline.firstFiring(of: rule)
            guard let first = fired else {
                Issue.record("\(rule) never fired; per rule: \(timeline.text.split(separator: "\n").suffix(6).joined(separator: " | "))")
                continue
            }
            let phaseStart = start + Double(index) * Self.phase
            #expect(
                first.time >= phaseStart && first.time <= phaseStart + minutes * 60,
                "\(rule) first fired at \(first.time - start) s, expected within \(minutes) min of \(phaseStart - start) s")
        }
        #expect(timeline.text.contains("predictive_capacity: "), "one summary line per rule")
        // cost-spike sends all 120 RPM to gemini-2.5-pro, 80 % of its published Tier 1 150 RPM: the
        // step up warns on that model (docs/rules.md); the ramp's warnings are on the Flash models.
        let capacity = timeline.signals.filter { $0.ruleID == "predictive_capacity" && $0.state.isFiring }
        let costSpike = (start + 5 * Self.phase)...(start + 6 * Self.phase)
        #expect(capacity.allSatisfy { costSpike.contains($0.time) ? $0.group.value == "gemini-2.5-pro" : $0.time >= costSpike.upperBound })
        let ramp = try #require(capacity.first { $0.time >= costSpike.upperBound }, "the capacity ramp never fired")
        #expect(ramp.time <= costSpike.upperBound + 120 * 60 && ramp.group.value != "gemini-2.5-pro")
    }

    @Test func comparingWithARaisedThresholdRemovesThatRulesSignals() throws {
        let (base, events) = try Self.replay()
        let raised = try ProxyConfiguration.load(yaml: "rules:\n  definitions:\n    hallucination:\n      thresholds:\n        alert: 0.5\n").rules
        var replay = RuleReplay(definitions: raised.definitions, configuration: raised.engine, evaluationInterval: 5)
        let other = replay.run(events)
        let diff = ReplayComparison(base: base, other: other)
        #expect(!diff.onlyBase.isEmpty && diff.onlyBase.allSatisfy { $0.ruleID == "hallucination" }, "\(diff.text)")
        #expect(diff.onlyOther.isEmpty && diff.moved.isEmpty, "\(diff.text)")
        #expect(other.firstFiring(of: "hallucination") == nil)
        #expect(diff.same == base.signals.count - diff.onlyBase.count)
        #expect(diff.text.contains("- ") && diff.text.contains("hallucination"))
    }

    @Test func theSimulatedDayIsDeterministic() {
        let a = ScenarioTraffic(scenario: .full, rate: 1, duration: 3_600, seed: 3).events()
        let b = ScenarioTraffic(scenario: .full, rate: 1, duration: 3_600, seed: 3).events()
        #expect(a == b && !a.isEmpty)
        #expect(zip(a, a.dropFirst()).allSatisfy { $0.time <= $1.time })
        #expect(a.contains { if case .conversion = $0 { true } else { false } })
    }
}
