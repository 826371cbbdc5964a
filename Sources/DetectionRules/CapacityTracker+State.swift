import JSON

extension CapacityTracker {
    /// The open minute, the sketch, the forecasters, the recent-failure windows and the daily
    /// profiles (`{"rpm":[24],"tpm":[24],"minutes":[24]}`-like, under `daily`).
    func writeState(into json: inout JSONWriter) {
        if let minute { json.field("minute", Int(minute)) }
        json.field("requests", requests)
        json.field("tokens", tokens)
        json.field("throttled", throttled)
        json.field("failed", failed)
        json.field("minutesObserved", minutesObserved)
        json.key("latency")
        latency.writeState(into: &json)
        let forecasters = [
            ("rpm", rpm), ("tpm", tpm), ("errorRate", errorRate), ("p99", p99), ("seasonalRPM", seasonalRPM),
            ("seasonalTPM", seasonalTPM),
        ]
        for (name, f) in forecasters {
            json.key(name)
            f.writeState(into: &json)
        }
        json.key("recent429")
        recent429.writeState(into: &json)
        json.key("recentFailures")
        recentFailures.writeState(into: &json)
        json.key("daily")
        json.object { json in
            for (name, profile) in [("rpm", dailyRPM), ("tpm", dailyTPM)] {
                json.key(name)
                profile.write(into: &json)
            }
        }
    }

    /// Restores what the state holds; false when the open minute, the sketch or the four base
    /// forecasters do not decode. A version 2 state has `rate429` (429s only) for `errorRate`, and
    /// no failures window, seasonal forecasters or daily profile: those start empty.
    mutating func restoreState(_ state: JSONValue) -> Bool {
        guard let requests = state["requests"]?.doubleValue, let tokens = state["tokens"]?.doubleValue,
            let throttled = state["throttled"]?.doubleValue, let observed = state["minutesObserved"]?.intValue,
            let rpm = state["rpm"].flatMap(HoltForecaster.init(state:)),
            let tpm = state["tpm"].flatMap(HoltForecaster.init(state:)),
            let errorRate = (state["errorRate"] ?? state["rate429"]).flatMap(HoltForecaster.init(state:)),
            let p99 = state["p99"].flatMap(HoltForecaster.init(state:)),
            let sketch = state["latency"]
        else { return false }
        var latency = self.latency
        guard latency.restoreState(sketch) else { return false }
        self.minute = state["minute"]?.intValue.map(Int64.init)
        self.requests = requests
        self.tokens = tokens
        self.throttled = throttled
        self.failed = state["failed"]?.doubleValue ?? throttled
        self.minutesObserved = observed
        self.latency = latency
        self.rpm = rpm
        self.tpm = tpm
        self.errorRate = errorRate
        self.p99 = p99
        if let f = state["seasonalRPM"].flatMap(HoltForecaster.init(state:)) { seasonalRPM = f }
        if let f = state["seasonalTPM"].flatMap(HoltForecaster.init(state:)) { seasonalTPM = f }
        if let w = state["recent429"] { _ = recent429.restoreState(w) }
        if let w = state["recentFailures"] { _ = recentFailures.restoreState(w) }
        if let p = state["daily"]?["rpm"].flatMap(DailyProfile.init(json:)) { dailyRPM = p }
        if let p = state["daily"]?["tpm"].flatMap(DailyProfile.init(json:)) { dailyTPM = p }
        return true
    }
}

extension DailyProfile {
    /// `{"means":[24 numbers],"minutes":[24 numbers]}`.
    func write(into json: inout JSONWriter) {
        json.object { json in
            json.key("means")
            json.array { json in for m in means { json.number(m) } }
            json.key("minutes")
            json.array { json in for m in minutes { json.number(m) } }
        }
    }

    /// Reads what ``write(into:)`` wrote; nil when it is missing a field or has the wrong shape.
    init?(json: JSONValue) {
        guard let means = json["means"]?.arrayValue?.compactMap(\.doubleValue),
            let minutes = json["minutes"]?.arrayValue?.compactMap(\.doubleValue)
        else { return nil }
        self.init()
        self.means = means
        self.minutes = minutes
        guard isWellFormed else { return nil }
    }
}
