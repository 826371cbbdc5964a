extension RuleRuntime {
    /// Evaluates every group and returns the signals of those whose state changed, reminded or escalated.
    mutating func evaluate(now: Double, configuration: RuleEngineConfiguration) -> [RuleSignal] {
        guard definition.enabled else { return [] }
        nothingToEvict = false
        var signals: [RuleSignal] = []
        for key in groups.keys.sorted() {
            let assessment = groups[key]!.tracker.assess(
                now: now, group: groups[key]!.group, definition: definition, configuration: configuration)
            groups[key]!.lastAssessment = assessment
            let input = Self.input(assessment.measurements, hysteresis: definition.hysteresis)
            guard let action = groups[key]!.machine.step(input, now: now, definition: definition) else { continue }
            signals.append(signal(for: groups[key]!, action: action, assessment: assessment, now: now, configuration: configuration))
        }
        return signals
    }

    static func input(_ measurements: [RuleMeasurement], hysteresis: Double) -> RuleStateMachine.Input {
        let level = measurements.map(\.level).max() ?? .none
        let clearOfAlert = measurements.allSatisfy { $0.isClear(of: $0.alertThreshold ?? $0.warnThreshold, hysteresis: hysteresis) }
        let clearOfWarn = measurements.allSatisfy {
            $0.isClear(of: $0.alertThreshold, hysteresis: hysteresis) && $0.isClear(of: $0.warnThreshold, hysteresis: hysteresis)
        }
        return RuleStateMachine.Input(level: level, clearOfAlert: clearOfAlert, clearOfWarn: clearOfWarn)
    }

    func signal(
        for runtime: GroupRuntime, action: RuleStateMachine.Action, assessment: RuleAssessment, now: Double,
        configuration: RuleEngineConfiguration
    ) -> RuleSignal {
        let machine = runtime.machine
        let (previous, reason): (RuleState, RuleSignal.Reason) =
            switch action {
            case .transition(let from, _): (from, .transition)
            case .renotify: (machine.state, .renotify)
            case .escalate: (.warn, .escalation)
            }
        let severity = machine.escalated ? (definition.escalation?.severity ?? definition.severity) : definition.severity
        let stateful = assessment.measurements.filter(\.affectsState)
        let shown = stateful.filter { $0.level != .none }.isEmpty ? stateful : stateful.filter { $0.level != .none }
        var summary = "\(definition.id) \(machine.state.rawValue)"
        if reason == .renotify { summary += " (still)" }
        if reason == .escalation { summary += " (escalated: warning not acknowledged)" }
        summary += " for \(runtime.group): " + shown.map(\.text).joined(separator: "; ")
        summary += " over \(RuleFormat.duration(definition.window))"
        if let t = assessment.predictedTime, machine.state.isFiring { summary += "; limit reached about \(RuleFormat.clock(t)) UTC" }
        if !assessment.notes.isEmpty { summary += " (" + assessment.notes.joined(separator: ", ") + ")" }
        let base = configuration.runbookBaseURL
        let runbook =
            base.isEmpty ? definition.runbookPath : (base.hasSuffix("/") ? base : base + "/") + definition.runbookPath
        return RuleSignal(
            ruleID: definition.id, kind: definition.kind, severity: severity, state: machine.state, previousState: previous,
            reason: reason, group: runtime.group, measurements: assessment.measurements, window: definition.window,
            summary: summary, samples: runtime.samples, runbookURL: runbook,
            suggestedActions: machine.state.isFiring ? assessment.actions : [], adapterAdvice: nil,
            predictedTime: assessment.predictedTime, baselineCoverageDays: assessment.baselineCoverageDays, time: now,
            aggregationKey: RuleSignal.aggregationKey(ruleID: definition.id, group: runtime.group))
    }
}

extension RuleRuntime {
    /// Seconds a group that is not firing is kept without new calls: twice the window, three hours
    /// for capacity forecasts, and for ever (until the cap evicts it) for groups with a baseline.
    var idleRetention: Double? {
        switch definition.kind {
        case .invalidProductRate, .promptInjection: max(2 * definition.window, 600)
        case .predictiveCapacity: Double(CapacityTracker.maxGapMinutes) * 60
        case .costPerConversion, .qualityDegradation: nil
        }
    }

    /// Drops groups that are not firing and saw no call for longer than ``idleRetention``.
    mutating func expireIdle(now: Double) {
        guard let retention = idleRetention else { return }
        let stale = groups.filter { $0.value.machine.isIdle && now - $0.value.lastSeen > retention }.map(\.key)
        for key in stale { groups[key] = nil }
        evicted += stale.count
    }
}
