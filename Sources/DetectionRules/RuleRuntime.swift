/// One group of one rule: its accumulators, state machine and example requests.
struct GroupRuntime: Sendable, Hashable {
    let group: RuleGroup
    var tracker: GroupTracker
    var machine = RuleStateMachine()
    /// The most recent examples, oldest first.
    var samples: [RuleSample] = []
    var lastSeen: Double
    var lastAssessment: RuleAssessment?

    mutating func addSample(_ sample: RuleSample, cap: Int) {
        guard cap > 0 else { return }
        if samples.count >= cap { samples.removeFirst(samples.count - cap + 1) }
        samples.append(sample)
    }

    /// Bytes held, by the accounting in `RuleEngine+Memory.swift`.
    var approximateBytes: Int {
        GroupRuntime.fixedBytes + tracker.approximateBytes + group.value.utf8.count
            + samples.reduce(0) { $0 + 96 + $1.text.utf8.count + $1.callID.utf8.count + ($1.traceID?.utf8.count ?? 0) }
            + (lastAssessment.map { $0.measurements.count * 96 + 64 } ?? 0)
    }

    static let fixedBytes = 256
}

/// One rule: its definition and its bounded table of groups.
struct RuleRuntime: Sendable, Hashable {
    var definition: RuleDefinition
    var groups: [String: GroupRuntime] = [:]
    var evicted = 0
    var overflowed = 0
    /// Set when an eviction pass found nothing to evict; cleared at the next evaluation, so a table
    /// full of firing groups costs one scan per evaluation, not one per call.
    var nothingToEvict = false

    init(definition: RuleDefinition) {
        self.definition = definition
    }

    func group(for obs: RuleObservation) -> RuleGroup {
        switch definition.groupBy {
        case .model: RuleGroup(dimension: "model", value: obs.model)
        case .session: obs.sessionID.map { RuleGroup(dimension: "session", value: $0) } ?? .all
        case .all: .all
        }
    }

    /// The key of the group's entry, creating it (and evicting idle groups) as needed.
    mutating func slot(for group: RuleGroup, now: Double, cap: Int) -> String {
        let key = group.description
        if groups.index(forKey: key) != nil { return key }
        var target = group
        if groups.count >= cap {
            if !nothingToEvict { evictIdle(cap: cap) }
            if groups.count >= cap {
                target = .overflow
                overflowed += 1
            }
        }
        let targetKey = target.description
        if groups.index(forKey: targetKey) == nil {
            groups[targetKey] = GroupRuntime(group: target, tracker: GroupTracker(definition: definition), lastSeen: now)
        }
        return targetKey
    }

    /// Drops the least recently seen tenth of the groups that are not firing.
    private mutating func evictIdle(cap: Int) {
        var idle: [(key: String, lastSeen: Double)] = []
        for (key, g) in groups where g.machine.isIdle && g.group != .overflow { idle.append((key, g.lastSeen)) }
        idle.sort { $0.lastSeen < $1.lastSeen }
        for entry in idle.prefix(max(1, cap / 10)) {
            groups[entry.key] = nil
            evicted += 1
        }
        nothingToEvict = idle.isEmpty
    }

    mutating func observe(_ obs: RuleObservation, configuration: RuleEngineConfiguration) {
        guard definition.enabled, GroupTracker.isRelevant(obs, definition: definition) else { return }
        let key = slot(for: group(for: obs), now: obs.time, cap: configuration.maxGroupsPerRule)
        let bad = groups[key]!.tracker.observe(obs, definition: definition, configuration: configuration)
        groups[key]!.lastSeen = max(groups[key]!.lastSeen, obs.time)
        if bad, let sample = obs.sample { groups[key]!.addSample(sample, cap: configuration.samplesPerGroup) }
    }
}
