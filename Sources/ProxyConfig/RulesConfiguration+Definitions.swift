import DetectionRules

/// The `rules.definitions` mapping: overrides of the built-in rules and new rules, by rule id.
extension RulesConfiguration {
    /// The ids a rule may have: they name `deploy/runbooks/<id>.md` and monitor tags.
    static let idCharacters = "abcdefghijklmnopqrstuvwxyz0123456789_-"

    /// ``RuleDefinition/defaults`` with the overrides of `definitions` applied, then the new
    /// rules in file order. A rule with a problem keeps its built-in values (or is left out when new).
    /// - Parameters:
    ///   - reader: The reader of the `rules` section.
    static func definitions(reading reader: ConfigReader) -> [RuleDefinition] {
        var definitions = RuleDefinition.defaults
        for section in reader.namedSections("definitions") ?? [] {
            let problems = reader.log.problems.count
            let rule = definition(id: section.name, line: section.line, reading: section.reader, in: reader)
            section.reader.finish()
            guard let rule, reader.log.problems.count == problems else { continue }
            if let index = definitions.firstIndex(where: { $0.id == rule.id }) {
                definitions[index] = rule
            } else {
                definitions.append(rule)
            }
        }
        return definitions
    }

    /// One rule's mapping, read over the built-in rule of that id, or of its kind for a new id.
    /// Every key is read even when the rule cannot be used, so all its problems are reported.
    /// - Parameters:
    ///   - id: The rule id (the mapping's key).
    ///   - line: The line of the id.
    ///   - reader: The reader of the rule's mapping.
    ///   - parent: The reader of the `rules` section, for problems about the rule as a whole.
    /// - Returns: nil when the rule cannot be built (no or a wrong kind, or a bad id).
    static func definition(id: String, line: Int?, reading reader: ConfigReader, in parent: ConfigReader) -> RuleDefinition? {
        let keyPath = parent.keyPath("definitions." + id)
        let kinds = RuleKind.allCases.map(\.rawValue).joined(separator: ", ")
        let kind: RuleKind? = reader.parsed("kind", default: nil, expected: "a rule kind") { (text) throws(ConfigValueError) in
            guard let kind = RuleKind(rawValue: text) else {
                throw .invalidValue("unknown rule kind '\(text)'; known kinds are \(kinds)")
            }
            return kind
        }
        var usable = true
        if id.isEmpty || id.count > 64 || !id.allSatisfy({ idCharacters.contains($0) }) {
            parent.log.record(
                keyPath: keyPath, line: line,
                "invalid rule id '\(id)': use 1 to 64 lowercase letters, digits, '_' and '-' (it names deploy/runbooks/<id>.md)"
            )
            usable = false
        }
        var rule: RuleDefinition
        if let builtIn = RuleDefinition.defaults.first(where: { $0.id == id }) {
            rule = builtIn
            if let kind, kind != builtIn.kind {
                reader.log.record(
                    keyPath: reader.keyPath("kind"), line: reader.line(of: "kind"),
                    "'\(id)' is a built-in rule of kind \(builtIn.kind.rawValue), not \(kind.rawValue); "
                        + "remove kind to override it, or choose a new id for a new rule"
                )
                usable = false
            }
        } else if let kind, let template = RuleDefinition.defaults.first(where: { $0.kind == kind }) {
            rule = template
            rule.id = id
        } else {
            if reader.line(of: "kind") == nil {
                parent.log.record(
                    keyPath: keyPath, line: line,
                    "missing kind: '\(id)' is not a built-in rule, so it needs a kind (\(kinds)); "
                        + "built-in rules are \(RuleDefinition.defaults.map(\.id).joined(separator: ", "))"
                )
            }
            rule = RuleDefinition.defaults[0]
            usable = false
        }
        applyOverrides(to: &rule, reading: reader)
        return usable ? rule : nil
    }

    /// Applies every key given in the rule's mapping (except `kind`) to `rule`.
    static func applyOverrides(to rule: inout RuleDefinition, reading reader: ConfigReader) {
        let day = Duration.seconds(86_400)
        rule.severity = reader.parsed("severity", default: rule.severity, expected: "a severity", severity)
        rule.enabled = reader.bool("enabled", default: rule.enabled)
        rule.window = reader.duration("window", default: .seconds(rule.window), in: .seconds(1)...day).inSeconds
        rule.minSamples = reader.int("min_samples", default: rule.minSamples, in: 1...1_000_000)
        rule.hysteresis = reader.score("hysteresis", default: rule.hysteresis)
        rule.resolveAfter = reader.duration("resolve_after", default: .seconds(rule.resolveAfter), in: .zero...day).inSeconds
        rule.forDuration = reader.duration("for", default: .seconds(rule.forDuration), in: .zero...day).inSeconds
        let renotify = reader.duration("renotify", default: .seconds(rule.renotifyInterval ?? 0), in: .zero...(day * 7))
        rule.renotifyInterval = renotify == .zero ? nil : renotify.inSeconds
        rule.groupBy = reader.parsed("group_by", default: rule.groupBy, expected: "model, session or all") { (text) throws(ConfigValueError) in
            guard let group = RuleGroupBy(rawValue: text) else {
                throw .invalidValue("invalid group_by '\(text)': expected model, session or all")
            }
            return group
        }
        readEscalation(into: &rule, reading: reader)
        if let thresholds = reader.optionalSection("thresholds") {
            rule.thresholds = readThresholds(over: rule.thresholds, reading: thresholds)
            thresholds.finish()
        }
    }

    /// `escalate_after` (`0s`: no escalation) and `escalate_to`.
    static func readEscalation(into rule: inout RuleDefinition, reading reader: ConfigReader) {
        let after = reader.duration(
            "escalate_after", default: .seconds(rule.escalation?.after ?? 0), in: .zero...(.seconds(7 * 86_400))
        )
        let target = reader.parsed("escalate_to", default: rule.escalation?.severity ?? .high, expected: "a severity", severity)
        if after == .zero {
            if reader.line(of: "escalate_to") != nil, reader.line(of: "escalate_after") == nil {
                reader.log.record(
                    keyPath: reader.keyPath("escalate_to"), line: reader.line(of: "escalate_to"),
                    "escalate_to needs escalate_after: rule '\(rule.id)' does not escalate; set escalate_after, e.g. 15m"
                )
            }
            rule.escalation = nil
        } else {
            rule.escalation = RuleEscalation(after: after.inSeconds, severity: target)
        }
    }

    /// The `thresholds` mapping, over the rule's current thresholds.
    static func readThresholds(over base: RuleThresholds, reading reader: ConfigReader) -> RuleThresholds {
        var thresholds = base
        // A key that is absent keeps the rule's value, which may be nil (not checked).
        func given(_ key: String) -> Bool {
            guard reader.line(of: key) != nil else {
                _ = reader.take(key)
                return false
            }
            return true
        }
        func number(_ key: String, _ current: Double?, in range: ClosedRange<Double>) -> Double? {
            given(key) ? reader.double(key, default: current ?? 0, in: range) : current
        }
        func count(_ key: String, _ current: Int?, in range: ClosedRange<Int>) -> Int? {
            given(key) ? reader.int(key, default: current ?? 0, in: range) : current
        }
        func seconds(_ key: String, _ current: Double?, in range: ClosedRange<Duration>) -> Double? {
            given(key) ? reader.duration(key, default: .seconds(current ?? 0), in: range).inSeconds : current
        }
        thresholds.alert = number("alert", base.alert, in: 0...1e12)
        thresholds.warn = number("warn", base.warn, in: 0...1e12)
        thresholds.count = count("count", base.count, in: 1...1_000_000)
        thresholds.minEvents = count("min_events", base.minEvents, in: 0...1_000_000)
        thresholds.relativeChange = number("relative_change", base.relativeChange, in: 0...1)
        thresholds.suspiciousScore = number("suspicious_score", base.suspiciousScore, in: 0...1)
        thresholds.minHistory = seconds("min_history", base.minHistory, in: .zero...(.seconds(7 * 86_400)))
        thresholds.horizon = seconds("horizon", base.horizon, in: .seconds(60)...(.seconds(86_400)))
        return thresholds
    }

    /// Parses `low`, `medium`, `high` or `critical`.
    static func severity(_ text: String) throws(ConfigValueError) -> RuleSeverity {
        guard let severity = RuleSeverity(rawValue: text) else {
            throw .invalidValue("invalid severity '\(text)': expected low, medium, high or critical")
        }
        return severity
    }
}
