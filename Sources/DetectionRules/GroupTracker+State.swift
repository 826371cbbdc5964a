import JSON

extension GroupTracker {
    /// `{"kind":…, …}`: the tracker's windows, baseline and forecasters, for the state file.
    func writeState(into json: inout JSONWriter) {
        json.object { json in
            switch self {
            case .invalidProducts(let t):
                json.field("kind", RuleKind.invalidProductRate.rawValue)
                json.key("window")
                t.window.writeState(into: &json)
            case .injection(let t):
                json.field("kind", RuleKind.promptInjection.rawValue)
                json.key("scores")
                t.scores.writeState(into: &json)
                json.key("suspicious")
                t.suspicious.writeState(into: &json)
            case .cost(let t):
                json.field("kind", RuleKind.costPerConversion.rawValue)
                json.key("window")
                t.window.writeState(into: &json)
                json.key("baseline")
                t.baseline.write(into: &json)
            case .quality(let t):
                json.field("kind", RuleKind.qualityDegradation.rawValue)
                json.key("window")
                t.window.writeState(into: &json)
                json.key("baseline")
                t.baseline.write(into: &json)
            case .capacity(let t):
                json.field("kind", RuleKind.predictiveCapacity.rawValue)
                t.writeState(into: &json)
            case .vacant:
                json.field("kind", "vacant")
            }
        }
    }

    /// Restores what the saved state holds into a fresh tracker of the same kind. A window saved
    /// with another span stays empty (the rule's window changed); a baseline is kept either way.
    /// - Returns: False when the state is of another kind or does not decode.
    mutating func restoreState(_ state: JSONValue) -> Bool {
        guard let kind = state["kind"]?.stringValue else { return false }
        func baseline() -> HourlyBaseline?? {
            guard let b = state["baseline"] else { return .some(nil) }
            guard let decoded = HourlyBaseline(json: b), decoded.isWellFormed else { return nil }
            return .some(decoded)
        }
        switch self {
        case .invalidProducts(var t) where kind == RuleKind.invalidProductRate.rawValue:
            if let w = state["window"] { _ = t.window.restoreState(w) }
            self = .invalidProducts(t)
        case .injection(var t) where kind == RuleKind.promptInjection.rawValue:
            if let w = state["scores"], let s = state["suspicious"] {
                var scores = t.scores
                var suspicious = t.suspicious
                if scores.restoreState(w), suspicious.restoreState(s) {
                    t.scores = scores
                    t.suspicious = suspicious
                }
            }
            self = .injection(t)
        case .cost(var t) where kind == RuleKind.costPerConversion.rawValue:
            guard let b = baseline() else { return false }
            if let w = state["window"] { _ = t.window.restoreState(w) }
            if let b { t.baseline = b }
            self = .cost(t)
        case .quality(var t) where kind == RuleKind.qualityDegradation.rawValue:
            guard let b = baseline() else { return false }
            if let w = state["window"] { _ = t.window.restoreState(w) }
            if let b { t.baseline = b }
            self = .quality(t)
        case .capacity(var t) where kind == RuleKind.predictiveCapacity.rawValue:
            guard t.restoreState(state) else { return false }
            self = .capacity(t)
        default:
            return false
        }
        return true
    }
}

extension RuleStateMachine {
    func writeState(into json: inout JSONWriter) {
        json.object { json in
            json.field("state", state.rawValue)
            StateCoding.optional(&json, "lastTransition", lastTransition)
            StateCoding.optional(&json, "lastNotified", lastNotified)
            json.field("acknowledged", acknowledged)
            json.field("escalated", escalated)
            StateCoding.optional(&json, "breachSince", breachSince)
            StateCoding.optional(&json, "clearSince", clearSince)
        }
    }

    /// The saved machine; nil when it does not decode.
    init?(state json: JSONValue) {
        guard let state = json["state"]?.stringValue.flatMap(RuleState.init(rawValue:)),
            let lastTransition = StateCoding.optional(json["lastTransition"]),
            let lastNotified = StateCoding.optional(json["lastNotified"]),
            let breachSince = StateCoding.optional(json["breachSince"]),
            let clearSince = StateCoding.optional(json["clearSince"])
        else { return nil }
        self.init()
        self.state = state
        self.lastTransition = lastTransition
        self.lastNotified = lastNotified
        self.acknowledged = json["acknowledged"]?.boolValue ?? false
        self.escalated = json["escalated"]?.boolValue ?? false
        self.breachSince = breachSince
        self.clearSince = clearSince
    }
}

extension RuleSample {
    func writeState(into json: inout JSONWriter) {
        json.object { json in
            if let traceID { json.field("traceID", traceID) }
            json.field("callID", callID)
            json.field("text", text)
            json.field("model", model)
        }
    }

    init?(state: JSONValue) {
        guard let callID = state["callID"]?.stringValue, let text = state["text"]?.stringValue,
            let model = state["model"]?.stringValue
        else { return nil }
        self.init(traceID: state["traceID"]?.stringValue, callID: callID, text: text, model: model)
    }
}
