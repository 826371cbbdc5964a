extension RuleEngine {
    /// Every hourly baseline, for the adapter to persist.
    /// - Parameters:
    ///   - now: When the snapshot is taken.
    package func snapshot(now: Double) -> BaselineSnapshot {
        var entries: [BaselineSnapshot.Entry] = []
        for rule in rules {
            for key in rule.groups.keys.sorted() {
                guard let b = rule.groups[key]!.tracker.baseline else { continue }
                entries.append(BaselineSnapshot.Entry(rule: rule.definition.id, group: key, baseline: b))
            }
        }
        return BaselineSnapshot(savedAt: now, baselines: entries)
    }

    /// Restores baselines from a snapshot, creating their groups; entries for unknown rules, or for
    /// rules of a kind without a baseline, are skipped.
    /// - Parameters:
    ///   - snapshot: A snapshot read with ``BaselineSnapshot/init(decoding:)``.
    /// - Returns: The number of baselines restored.
    @discardableResult
    package mutating func restore(_ snapshot: BaselineSnapshot) -> Int {
        var restored = 0
        for entry in snapshot.baselines {
            guard let i = rules.firstIndex(where: { $0.definition.id == entry.rule }),
                let group = Self.parseGroup(entry.group)
            else { continue }
            let kind = rules[i].definition.kind
            guard kind == .costPerConversion || kind == .qualityDegradation else { continue }
            let key = rules[i].slot(for: group, now: snapshot.savedAt, cap: configuration.maxGroupsPerRule)
            rules[i].groups[key]!.tracker.baseline = entry.baseline
            restored += 1
        }
        return restored
    }

    static func parseGroup(_ text: String) -> RuleGroup? {
        if text == RuleGroup.all.description { return .all }
        if text == RuleGroup.overflow.description { return .overflow }
        guard let eq = text.firstIndex(of: "=") else { return nil }
        return RuleGroup(dimension: String(text[..<eq]), value: String(text[text.index(after: eq)...]))
    }
}
