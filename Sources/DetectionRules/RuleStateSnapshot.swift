import JSON

/// Everything the rules need to carry across a restart: per rule and group, the windows, the
/// forecasters, the hourly baseline, the state machine (state, acknowledgement, reminder clock)
/// and the example requests. The adapter writes ``encode()`` to `rules.state_file` and reads it
/// back with ``init(decoding:)`` at start.
///
/// Version 3 is `{"version":3,"savedAt":…,"rules":[{"id","kind","groups":[{"group","lastSeen",
/// "machine","samples","tracker"}]}]}`; it added the capacity tracker's failure share, daily
/// profile and seasonal forecasters. Version 2 files restore everything else (the 429 share
/// stands in for the failure share), and version 1 files (baselines only, ``BaselineSnapshot``)
/// still restore their baselines. Size is bounded: at most ``maxGroupsPerRule`` groups per rule,
/// firing groups first, then those with a baseline, then the most recently seen.
package struct RuleStateSnapshot: Sendable {
    /// The format version written by this build.
    package static let currentVersion = 3
    /// The oldest full-state version still read.
    package static let oldestFullVersion = 2
    /// Groups kept per rule (about 8 KB each at most, so 5 rules stay under about 10 MB).
    package static let maxGroupsPerRule = 256

    enum Tracker: Sendable {
        case live(GroupTracker)
        case saved(JSONValue)
        case baselineOnly(HourlyBaseline)
    }

    struct Group: Sendable {
        var key: String
        var lastSeen: Double
        var machine: RuleStateMachine?
        var samples: [RuleSample]
        var tracker: Tracker
    }

    struct Rule: Sendable {
        var id: String
        /// Nil for a version 1 file (baselines only; checked against the rule in effect).
        var kind: RuleKind?
        var groups: [Group]
    }

    /// The version read (or ``currentVersion`` when taken from an engine).
    package private(set) var version: Int
    /// When the snapshot was taken (seconds since the epoch).
    package private(set) var savedAt: Double
    var rules: [Rule]

    init(version: Int = Self.currentVersion, savedAt: Double, rules: [Rule]) {
        self.version = version
        self.savedAt = savedAt
        self.rules = rules
    }

    /// Groups held, over all rules.
    package var groupCount: Int { rules.reduce(0) { $0 + $1.groups.count } }

    /// Groups in a firing state (warn or alert), over all rules.
    package var firingGroupCount: Int {
        rules.reduce(0) { $0 + $1.groups.filter { $0.machine?.state.isFiring ?? false }.count }
    }

    /// The snapshot as JSON bytes.
    package func encode() -> [UInt8] {
        var json = JSONWriter(capacity: 1024 + groupCount * 2048)
        json.object { json in
            json.field("version", Self.currentVersion)
            json.field("savedAt", savedAt)
            json.key("rules")
            json.array { json in
                for rule in rules {
                    json.object { json in
                        json.field("id", rule.id)
                        if let kind = rule.kind { json.field("kind", kind.rawValue) }
                        json.key("groups")
                        json.array { json in for g in rule.groups { Self.write(g, into: &json) } }
                    }
                }
            }
        }
        return json.bytes
    }

    private static func write(_ g: Group, into json: inout JSONWriter) {
        json.object { json in
            json.field("group", g.key)
            json.field("lastSeen", g.lastSeen)
            if let machine = g.machine {
                json.key("machine")
                machine.writeState(into: &json)
            }
            json.key("samples")
            json.array { json in for s in g.samples { s.writeState(into: &json) } }
            json.key("tracker")
            switch g.tracker {
            case .live(let t): t.writeState(into: &json)
            case .saved(let value): json.value(value)
            case .baselineOnly(let b):
                json.object { json in
                    json.key("baseline")
                    b.write(into: &json)
                }
            }
        }
    }

    /// Reads a state file of version 3 or 2, or the baselines of a version 1 file.
    /// - Parameters:
    ///   - bytes: The file's bytes.
    /// - Throws: ``BaselineSnapshotError`` (`corrupt` or `unsupported_version`).
    package init(decoding bytes: [UInt8]) throws(BaselineSnapshotError) {
        guard let document = try? JSONParser.parse(bytes), let version = document["version"]?.intValue else {
            throw .corrupt("not a rule state file: \(bytes.count) bytes without a version field")
        }
        if version == BaselineSnapshot.currentVersion {
            let v1 = try BaselineSnapshot(decoding: bytes)
            var byRule: [String: [Group]] = [:]
            var order: [String] = []
            for e in v1.baselines {
                if byRule[e.rule] == nil { order.append(e.rule) }
                byRule[e.rule, default: []].append(
                    Group(key: e.group, lastSeen: v1.savedAt, machine: nil, samples: [], tracker: .baselineOnly(e.baseline)))
            }
            self.init(version: version, savedAt: v1.savedAt, rules: order.map { Rule(id: $0, kind: nil, groups: byRule[$0]!) })
            return
        }
        guard (Self.oldestFullVersion...Self.currentVersion).contains(version) else {
            throw .unsupportedVersion(found: version, expected: Self.currentVersion)
        }
        guard let savedAt = document["savedAt"]?.doubleValue, let rules = document["rules"]?.arrayValue else {
            throw .corrupt("version \(version) state file has no savedAt or rules")
        }
        var decoded: [Rule] = []
        for rule in rules {
            guard let id = rule["id"]?.stringValue, let kind = rule["kind"]?.stringValue.flatMap(RuleKind.init(rawValue:)),
                let groups = rule["groups"]?.arrayValue
            else { throw .corrupt("a rule entry has no id, kind or groups") }
            var out: [Group] = []
            for g in groups.prefix(Self.maxGroupsPerRule) {
                guard let key = g["group"]?.stringValue, let lastSeen = g["lastSeen"]?.doubleValue,
                    let tracker = g["tracker"], tracker["kind"]?.stringValue != nil
                else { throw .corrupt("a group of rule \(id) does not decode") }
                var machine: RuleStateMachine?
                if let m = g["machine"] {
                    guard let parsed = RuleStateMachine(state: m) else { throw .corrupt("the state of \(id) \(key) does not decode") }
                    machine = parsed
                }
                let samples = (g["samples"]?.arrayValue ?? []).compactMap(RuleSample.init(state:))
                out.append(Group(key: key, lastSeen: lastSeen, machine: machine, samples: samples, tracker: .saved(tracker)))
            }
            decoded.append(Rule(id: id, kind: kind, groups: out))
        }
        self.init(version: version, savedAt: savedAt, rules: decoded)
    }
}
