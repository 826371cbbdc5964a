/// The detection-rule engine: feed it call observations and cost-per-conversion values, call
/// ``evaluate(now:)`` every few seconds, and send the signals it returns.
///
/// A value type and not thread-safe: the adapter keeps it in a `Mutex` (or an actor). It reads no
/// clock; every entry point takes the time.
package struct RuleEngine: Sendable {
    package private(set) var configuration: RuleEngineConfiguration
    var rules: [RuleRuntime]
    /// When ``evaluate(now:)`` last ran.
    package private(set) var lastEvaluation: Double?

    /// An engine for the given rules.
    /// - Parameters:
    ///   - definitions: The rules (default ``RuleDefinition/defaults``). Later duplicates of an id are ignored.
    ///   - configuration: Runbook base URL, caps and capacity limits.
    package init(
        definitions: [RuleDefinition] = RuleDefinition.defaults, configuration: RuleEngineConfiguration = .default
    ) {
        self.configuration = configuration
        var seen = Set<String>()
        rules = definitions.filter { seen.insert($0.id).inserted }.map(RuleRuntime.init(definition:))
    }

    /// The rules in use.
    package var definitions: [RuleDefinition] { rules.map(\.definition) }

    /// Feeds one finished call to every rule.
    /// - Parameters:
    ///   - obs: The observation.
    package mutating func observe(_ obs: RuleObservation) {
        for i in rules.indices { rules[i].observe(obs, configuration: configuration) }
    }

    /// Feeds the current cost per conversion (over the last hour) to the cost rules.
    /// - Parameters:
    ///   - usd: Cost per conversion in USD.
    ///   - time: When it was computed.
    package mutating func observeCostPerConversion(usd: Double, at time: Double) {
        for i in rules.indices where rules[i].definition.kind == .costPerConversion && rules[i].definition.enabled {
            let key = rules[i].slot(for: .all, now: time, cap: configuration.maxGroupsPerRule)
            guard case .cost(var t) = rules[i].groups[key]!.tracker else { continue }
            rules[i].groups[key]!.tracker = .vacant
            t.observe(costPerConversion: usd, at: time)
            rules[i].groups[key]!.tracker = .cost(t)
            rules[i].groups[key]!.lastSeen = max(rules[i].groups[key]!.lastSeen, time)
        }
    }

    /// Evaluates every rule and group, and returns the signals: state changes, reminders and escalations.
    /// - Parameters:
    ///   - now: The current time (seconds since the epoch).
    package mutating func evaluate(now: Double) -> [RuleSignal] {
        lastEvaluation = now
        var out: [RuleSignal] = []
        for i in rules.indices {
            out += rules[i].evaluate(now: now, configuration: configuration)
            rules[i].expireIdle(now: now)
        }
        return out
    }

    /// Acknowledges a firing rule for a group: no reminders and no escalation until its state changes.
    /// - Parameters:
    ///   - ruleID: The rule id.
    ///   - group: The group as in signals (`model=gemini-2.5-flash`, `session=abc`, `all`), or its bare value.
    ///   - now: When it was acknowledged.
    /// - Returns: Whether a firing group was found.
    @discardableResult
    package mutating func acknowledge(ruleID: String, group: String, now: Double) -> Bool {
        guard let i = rules.firstIndex(where: { $0.definition.id == ruleID }) else { return false }
        let key = rules[i].groups[group] != nil
            ? group : rules[i].groups.first(where: { $0.value.group.value == group })?.key
        guard let key else { return false }
        return rules[i].groups[key]!.machine.acknowledge()
    }

    /// The state of every rule and group, as of the last evaluation.
    /// - Parameters:
    ///   - now: The current time (unused by the values; kept for the admin API's symmetry).
    package func status(now: Double) -> [RuleStatus] {
        rules.map { rule in
            let groups = rule.groups.values.map { g in
                RuleStatus.Group(
                    group: g.group, state: g.machine.state, acknowledged: g.machine.acknowledged,
                    measurements: g.lastAssessment?.measurements ?? [], lastTransition: g.machine.lastTransition,
                    errorProbability: g.lastAssessment?.errorProbability)
            }.sorted { ($0.state.isFiring ? 0 : 1, $0.group.description) < ($1.state.isFiring ? 0 : 1, $1.group.description) }
            return RuleStatus(
                ruleID: rule.definition.id, kind: rule.definition.kind, enabled: rule.definition.enabled, groups: groups,
                trackedGroups: rule.groups.count, evictedGroups: rule.evicted, overflowedObservations: rule.overflowed,
                lastEvaluation: lastEvaluation, nextEvaluation: lastEvaluation.map { $0 + configuration.evaluationInterval })
        }
    }

    /// The probability of an error (reaching a quota or degrading) within the horizon, per model,
    /// from the last evaluation; the adapter emits it as `llm.prediction.error_probability{model}`.
    package var errorProbabilities: [String: Double] {
        var out: [String: Double] = [:]
        for rule in rules where rule.definition.kind == .predictiveCapacity && rule.definition.enabled {
            for g in rule.groups.values where g.group.dimension == "model" {
                guard let p = g.lastAssessment?.errorProbability else { continue }
                out[g.group.value] = max(out[g.group.value] ?? 0, p)
            }
        }
        return out
    }

    /// Groups tracked over all rules.
    package var trackedGroupCount: Int { rules.reduce(0) { $0 + $1.groups.count } }
}
