/// What a ``RuleReplay`` saw: every signal in time order, and per rule the measurement that came
/// closest to (or furthest past) its threshold, so a rule that never fired shows how far it was.
package struct ReplayTimeline: Sendable {
    /// The closest approach of one rule's measurement to its threshold.
    package struct Peak: Sendable, Hashable {
        package var measurement: RuleMeasurement
        package var time: Double

        /// Value ÷ threshold for high-is-bad values, threshold ÷ value for low-is-bad ones:
        /// 1 or more means the threshold was reached.
        package var ratio: Double {
            guard let t = measurement.alertThreshold ?? measurement.warnThreshold, t > 0 else { return 0 }
            return measurement.comparison == .above ? measurement.value / t : t / max(measurement.value, 1e-9)
        }
    }

    /// The rules replayed, in engine order.
    package let definitions: [RuleDefinition]
    /// Every signal, in time order.
    package var signals: [RuleSignal] = []
    /// Per rule id, its closest approach to a threshold among measurements with enough samples.
    package private(set) var peaks: [String: Peak] = [:]
    /// The first event's time and the last evaluation's.
    package var start = 0.0
    package var end = 0.0
    /// Evaluations run.
    package var evaluations = 0

    init(definitions: [RuleDefinition]) {
        self.definitions = definitions
    }

    mutating func notePeak(rule: String, measurement m: RuleMeasurement, at time: Double) {
        let candidate = Peak(measurement: m, time: time)
        if let old = peaks[rule], old.ratio >= candidate.ratio { return }
        peaks[rule] = candidate
    }

    /// The signals of one rule.
    /// - Parameters:
    ///   - ruleID: The rule id.
    package func signals(of ruleID: String) -> [RuleSignal] { signals.filter { $0.ruleID == ruleID } }

    /// The first alert or warning of a rule, if it fired.
    /// - Parameters:
    ///   - ruleID: The rule id.
    package func firstFiring(of ruleID: String) -> RuleSignal? {
        signals.first { $0.ruleID == ruleID && $0.state.isFiring }
    }

    /// The timeline as text: one line per signal (offset from the start, UTC time, rule, group,
    /// state change, values against thresholds), then one summary line per rule.
    package var text: String {
        var lines = ["replay of \(ReplayTimeline.offset(end - start)) (\(evaluations) evaluations), \(signals.count) signals"]
        for s in signals { lines.append(Self.line(for: s, start: start)) }
        lines.append("")
        lines.append("per rule:")
        for d in definitions where d.enabled {
            let own = signals(of: d.id)
            let fired = own.filter { $0.state.isFiring && $0.reason != .renotify }.count
            var line = "  \(d.id): \(fired) firing, \(own.count) signals"
            if let first = firstFiring(of: d.id) { line += ", first at \(Self.offset(first.time - start))" }
            if let p = peaks[d.id] {
                line += "; peak \(p.measurement.text) at \(Self.offset(p.time - start))"
            } else {
                line += "; never had enough samples to fire"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(for s: RuleSignal, start: Double) -> String {
        let change = s.reason == .transition ? "\(s.previousState.rawValue) → \(s.state.rawValue)" : "\(s.state.rawValue) (\(s.reason.rawValue))"
        let values = s.measurements.filter(\.affectsState).map(\.text).joined(separator: "; ")
        return "\(offset(s.time - start)) \(RuleFormat.clock(s.time)) UTC  \(s.ruleID) \(s.group) \(change) [\(s.severity.rawValue)]  \(values)"
    }

    /// `+1d 03:25:10`-style offset.
    static func offset(_ seconds: Double) -> String {
        let total = Int64(max(0, seconds).rounded(.down))
        let d = total / 86_400
        let h = total / 3600 % 24
        let m = total / 60 % 60
        let s = total % 60
        func two(_ x: Int64) -> String { x < 10 ? "0\(x)" : "\(x)" }
        return "+" + (d > 0 ? "\(d)d " : "") + "\(two(h)):\(two(m)):\(two(s))"
    }
}
