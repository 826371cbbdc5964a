/// What a threshold change fires differently: two replays of the same log, one with the rules in
/// effect and one with the candidate rules, matched signal by signal.
///
/// Signals match when they have the same rule, group, state change and reason, in order of time;
/// the rest are fired only by one side. Matched signals more than one evaluation apart are
/// reported as moved.
package struct ReplayComparison: Sendable {
    /// A signal fired by both sides at different times.
    package struct Moved: Sendable, Hashable {
        package var base: RuleSignal
        package var other: RuleSignal
    }

    /// Fired with the rules in effect, not with the candidate ones.
    package private(set) var onlyBase: [RuleSignal] = []
    /// Fired with the candidate rules, not with the ones in effect.
    package private(set) var onlyOther: [RuleSignal] = []
    /// Fired by both at different times.
    package private(set) var moved: [Moved] = []
    /// Fired by both at the same time.
    package private(set) var same = 0
    private let start: Double

    /// Compares two timelines of the same log.
    /// - Parameters:
    ///   - base: The replay with the rules in effect.
    ///   - other: The replay with the candidate rules.
    ///   - tolerance: Seconds apart that still count as the same time (default 5, one evaluation).
    package init(base: ReplayTimeline, other: ReplayTimeline, tolerance: Double = 5) {
        start = base.start
        func key(_ s: RuleSignal) -> String {
            "\(s.ruleID)|\(s.group)|\(s.previousState.rawValue)>\(s.state.rawValue)|\(s.reason.rawValue)"
        }
        var pending: [String: [RuleSignal]] = [:]
        for s in other.signals { pending[key(s), default: []].append(s) }
        for s in base.signals {
            let k = key(s)
            guard var queue = pending[k], !queue.isEmpty else {
                onlyBase.append(s)
                continue
            }
            let match = queue.removeFirst()
            pending[k] = queue
            if abs(match.time - s.time) <= tolerance { same += 1 } else { moved.append(Moved(base: s, other: match)) }
        }
        onlyOther = pending.values.flatMap { $0 }.sorted { $0.time < $1.time }
    }

    /// Whether both sides fired exactly the same signals at the same times.
    package var isIdentical: Bool { onlyBase.isEmpty && onlyOther.isEmpty && moved.isEmpty }

    /// The differences as text, one line per signal.
    package var text: String {
        var lines = ["compare: \(same) signals unchanged, \(moved.count) moved, \(onlyBase.count) only with the current rules, \(onlyOther.count) only with the candidate rules"]
        for s in onlyBase { lines.append("- " + ReplayTimeline.line(for: s, start: start)) }
        for s in onlyOther { lines.append("+ " + ReplayTimeline.line(for: s, start: start)) }
        for m in moved {
            lines.append(
                "~ \(m.base.ruleID) \(m.base.group) \(m.base.state.rawValue): \(ReplayTimeline.offset(m.base.time - start)) → \(ReplayTimeline.offset(m.other.time - start))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
