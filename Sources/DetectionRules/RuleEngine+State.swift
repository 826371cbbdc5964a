import JSON

extension RuleEngine {
    /// The state to carry across a restart (windows, forecasters, baselines, states and
    /// acknowledgements), bounded to ``RuleStateSnapshot/maxGroupsPerRule`` groups per rule.
    /// - Parameters:
    ///   - now: When the snapshot is taken.
    package func stateSnapshot(now: Double) -> RuleStateSnapshot {
        var out: [RuleStateSnapshot.Rule] = []
        for rule in rules where rule.definition.enabled {
            // Firing groups first, then those with a baseline, then the most recently seen.
            let ranked = rule.groups.sorted { a, b in
                let ra = (a.value.machine.state.isFiring ? 0 : 1, a.value.tracker.baseline == nil ? 1 : 0)
                let rb = (b.value.machine.state.isFiring ? 0 : 1, b.value.tracker.baseline == nil ? 1 : 0)
                if ra != rb { return ra < rb }
                return (a.value.lastSeen, b.key) > (b.value.lastSeen, a.key)
            }
            let groups = ranked.prefix(RuleStateSnapshot.maxGroupsPerRule).map { entry in
                RuleStateSnapshot.Group(
                    key: entry.key, lastSeen: entry.value.lastSeen, machine: entry.value.machine, samples: entry.value.samples,
                    tracker: .live(entry.value.tracker))
            }
            out.append(RuleStateSnapshot.Rule(id: rule.definition.id, kind: rule.definition.kind, groups: groups))
        }
        return RuleStateSnapshot(savedAt: now, rules: out)
    }

    /// Puts saved state back: for each rule in effect with the same id and kind, its groups with
    /// their states and acknowledgements, windows (when the window is unchanged), forecasters and
    /// baselines. A restored firing group stays firing without a new signal.
    /// - Parameters:
    ///   - snapshot: A snapshot read with ``RuleStateSnapshot/init(decoding:)``.
    /// - Returns: The number of groups restored.
    @discardableResult
    package mutating func restore(_ snapshot: RuleStateSnapshot) -> Int {
        var restored = 0
        for saved in snapshot.rules {
            guard let i = rules.firstIndex(where: { $0.definition.id == saved.id }) else { continue }
            let kind = rules[i].definition.kind
            if let savedKind = saved.kind, savedKind != kind { continue }
            for g in saved.groups {
                guard let group = Self.parseGroup(g.key) else { continue }
                var tracker = GroupTracker(definition: rules[i].definition)
                switch g.tracker {
                case .live(let live):
                    // Through JSON, so a window whose span changed starts empty as from a file.
                    var json = JSONWriter()
                    live.writeState(into: &json)
                    guard let value = try? JSONParser.parse(json.bytes), tracker.restoreState(value) else { continue }
                case .saved(let json):
                    guard tracker.restoreState(json) else { continue }
                case .baselineOnly(let b):
                    guard kind == .costPerConversion || kind == .qualityDegradation else { continue }
                    tracker.baseline = b
                }
                let key = rules[i].slot(for: group, now: g.lastSeen, cap: configuration.maxGroupsPerRule)
                rules[i].groups[key]!.tracker = tracker
                rules[i].groups[key]!.lastSeen = max(rules[i].groups[key]!.lastSeen, g.lastSeen)
                if let machine = g.machine { rules[i].groups[key]!.machine = machine }
                rules[i].groups[key]!.samples = Array(g.samples.suffix(configuration.samplesPerGroup))
                restored += 1
            }
        }
        return restored
    }
}
