/// The state of one rule for one group, driven by one evaluation at a time.
///
/// `ok → warn → alert → resolved`; resolved behaves as ok. Events return an ``Action`` for the
/// engine to turn into a signal; nothing is returned when the state stays the same (deduplication).
struct RuleStateMachine: Sendable, Hashable {
    /// What one evaluation saw.
    struct Input: Sendable, Hashable {
        /// The highest level any measurement reached (with enough samples).
        var level: RuleMeasurement.Level
        /// Every measurement is clear of its alert threshold (of its warn threshold when it has no
        /// alert threshold) by the hysteresis margin.
        var clearOfAlert: Bool
        /// Every measurement is clear of its warn and alert thresholds by the margin.
        var clearOfWarn: Bool
    }

    /// What the engine should signal.
    enum Action: Sendable, Hashable {
        /// The state changed.
        case transition(from: RuleState, to: RuleState)
        /// An unacknowledged alert is still on after the renotify interval.
        case renotify
        /// An unacknowledged warning became an alert of the escalation severity.
        case escalate
    }

    var state: RuleState = .ok
    /// When the state last changed; nil before the first change.
    var lastTransition: Double?
    var lastNotified: Double?
    var acknowledged = false
    /// The alert came from escalating a warning.
    var escalated = false
    var breachSince: Double?
    var clearSince: Double?

    /// Feeds one evaluation.
    /// - Parameters:
    ///   - input: What the measurements say.
    ///   - now: The evaluation time.
    ///   - definition: The rule (for-duration, resolve period, renotify, escalation).
    mutating func step(_ input: Input, now: Double, definition: RuleDefinition) -> Action? {
        if input.level == .none {
            breachSince = nil
        } else if breachSince == nil {
            breachSince = now
        }
        let sustained = breachSince.map { now - $0 >= definition.forDuration } ?? false

        switch state {
        case .ok, .resolved:
            guard sustained else { return nil }
            return move(to: input.level == .alert ? .alert : .warn, now: now)
        case .warn:
            if input.level == .alert, sustained { return move(to: .alert, now: now) }
            if let escalation = definition.escalation, !acknowledged, now - (lastTransition ?? now) >= escalation.after {
                _ = move(to: .alert, now: now)
                escalated = true
                return .escalate
            }
            if resolves(input.clearOfWarn, now: now, definition: definition) {
                return move(to: .resolved, now: now)
            }
            return nil
        case .alert:
            if resolves(input.clearOfAlert, now: now, definition: definition) {
                return move(to: input.level == .warn ? .warn : .resolved, now: now)
            }
            if !acknowledged, let interval = definition.renotifyInterval, now - (lastNotified ?? now) >= interval {
                lastNotified = now
                return .renotify
            }
            return nil
        }
    }

    private mutating func resolves(_ clear: Bool, now: Double, definition: RuleDefinition) -> Bool {
        guard clear else {
            clearSince = nil
            return false
        }
        if clearSince == nil { clearSince = now }
        return now - (clearSince ?? now) >= definition.resolveAfter
    }

    private mutating func move(to next: RuleState, now: Double) -> Action? {
        let from = state
        guard next != from else { return nil }
        state = next
        lastTransition = now
        lastNotified = now
        clearSince = nil
        // A new or higher state asks for fresh attention; a lower one ends the escalation.
        acknowledged = false
        escalated = false
        return .transition(from: from, to: next)
    }

    /// Acknowledges a firing state: no reminders, no escalation, until the state changes.
    /// - Returns: Whether the state was firing.
    mutating func acknowledge() -> Bool {
        guard state.isFiring else { return false }
        acknowledged = true
        return true
    }

    /// Whether the group can be dropped to make room (not firing).
    var isIdle: Bool { !state.isFiring }
}
