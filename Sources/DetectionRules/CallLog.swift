import JSON

/// The call log: one JSON object per line, what the rules need of each finished call and each
/// conversion, for `outrigger rules replay`. Written by the proxy with `rules.call_log` set.
///
/// A call: `{"type":"call","time":1767571200.5,"model":"gemini-2.5-flash","status":200,
/// "latency_ms":812,"tokens":1530,"injection_score":0.12,"session":"s1","mentions":3,
/// "invalid_ids":1,"quality":0.82,"cost_usd":0.0011}`; optional flags `error`, `is_429`,
/// `injection`, `session_flagged`, `correct_refusal` are written only when true, and members
/// without a value are left out. `server_error` (a 5xx error object inside a 2xx stream) and
/// `timeout` are also flags; a status of 500 or more counts as a server error without the flag. A conversion: `{"type":"conversion","time":…,"session":"s1"}`.
package enum CallLog {
    /// One line (without the newline) for an event.
    /// - Parameters:
    ///   - event: A call or a conversion.
    package static func line(for event: RuleReplay.Event) -> String {
        var json = JSONWriter(capacity: 256)
        json.object { json in
            switch event {
            case .conversion(let time, let session):
                json.field("type", "conversion")
                json.field("time", time)
                if let session { json.field("session", session) }
            case .call(let o):
                json.field("type", "call")
                json.field("time", o.time)
                json.field("model", o.model)
                json.field("status", o.statusCode)
                json.field("latency_ms", o.latencyMs)
                if let tokens = o.totalTokens { json.field("tokens", tokens) }
                if let score = o.injectionScore { json.field("injection_score", score) }
                if let session = o.sessionID { json.field("session", session) }
                if let mentions = o.productMentions { json.field("mentions", mentions) }
                if let invalid = o.invalidProductIDs { json.field("invalid_ids", invalid) }
                if let quality = o.qualityScore { json.field("quality", quality) }
                if let cost = o.costUSD { json.field("cost_usd", cost) }
                for (name, flag) in [
                    ("error", o.isError), ("is_429", o.is429), ("server_error", o.isServerError && o.statusCode < 500),
                    ("timeout", o.isTimeout), ("injection", o.isInjection),
                    ("session_flagged", o.sessionFlagged), ("correct_refusal", o.correctRefusal),
                ] where flag {
                    json.field(name, true)
                }
            }
        }
        return json.text
    }

    /// The event of one line; nil for a blank line.
    /// - Parameters:
    ///   - line: One line of the log.
    /// - Throws: ``CallLogError`` when the line is not a call or conversion object.
    package static func event(parsing line: some StringProtocol) throws(CallLogError) -> RuleReplay.Event? {
        guard line.contains(where: { !$0.isWhitespace }) else { return nil }
        guard let json = try? JSONParser.parse(String(line)) else { throw .notJSON }
        guard let time = json["time"]?.doubleValue, time.isFinite else { throw .missing("time") }
        switch json["type"]?.stringValue {
        case "conversion":
            return .conversion(time: time, sessionID: json["session"]?.stringValue)
        case "call":
            guard let model = json["model"]?.stringValue else { throw .missing("model") }
            func flag(_ name: String) -> Bool { json[name]?.boolValue ?? false }
            let status = json["status"]?.intValue ?? 200
            return .call(
                RuleObservation(
                    time: time, model: model, statusCode: status, isError: flag("error"),
                    is429: flag("is_429") || status == 429, isServerError: flag("server_error") || status >= 500,
                    isTimeout: flag("timeout"), latencyMs: json["latency_ms"]?.doubleValue ?? 0,
                    totalTokens: json["tokens"]?.intValue, injectionScore: json["injection_score"]?.doubleValue,
                    isInjection: flag("injection"), sessionID: json["session"]?.stringValue,
                    sessionFlagged: flag("session_flagged"), productMentions: json["mentions"]?.intValue,
                    invalidProductIDs: json["invalid_ids"]?.intValue, qualityScore: json["quality"]?.doubleValue,
                    correctRefusal: flag("correct_refusal"), costUSD: json["cost_usd"]?.doubleValue))
        default:
            throw .missing("type (\"call\" or \"conversion\")")
        }
    }
}

/// Why a call-log line could not be read.
package struct CallLogError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: String, Sendable, Hashable {
        case notJSON = "not_json"
        case missing
    }

    private let base: Code
    private let detail: String

    /// The line is not a JSON object.
    package static let notJSON = Self(base: .notJSON, detail: "the line is not a JSON object; each line must be one call or conversion")
    /// A required member is missing.
    /// - Parameters:
    ///   - member: The member's name.
    package static func missing(_ member: String) -> Self {
        Self(base: .missing, detail: "the line has no \(member); write it as `outrigger serve` does with rules.call_log")
    }

    /// A label-safe code: `not_json` or `missing`.
    package var code: String { base.rawValue }
    package var description: String { detail }
}
