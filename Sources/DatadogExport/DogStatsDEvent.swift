/// A Datadog event sent through DogStatsD (datadog-agent `parse_events.go`).
package struct DogStatsDEvent: Sendable, Hashable {
    /// `alert_type`: how the event is shown and which monitors can match it.
    package enum AlertType: String, Sendable, Hashable {
        case error, warning, info, success
    }

    package enum Priority: String, Sendable, Hashable {
        case normal, low
    }

    package var title: String
    package var text: String
    package var alertType: AlertType
    package var priority: Priority
    /// Events with the same key are grouped in the event stream.
    package var aggregationKey: String?
    /// `source_type_name`, e.g. `outrigger`.
    package var sourceTypeName: String?
    /// Seconds since the epoch; the Agent uses its receive time when nil.
    package var timestamp: Int?
    package var tags: [String]

    package init(
        title: String, text: String, alertType: AlertType = .info, priority: Priority = .normal,
        aggregationKey: String? = nil, sourceTypeName: String? = "outrigger", timestamp: Int? = nil, tags: [String] = []
    ) {
        self.title = title
        self.text = text
        self.alertType = alertType
        self.priority = priority
        self.aggregationKey = aggregationKey
        self.sourceTypeName = sourceTypeName
        self.timestamp = timestamp
        self.tags = tags
    }

    /// `_e{<title bytes>,<text bytes>}:<title>|<text>|d:…|k:…|p:…|s:…|t:…|#tags`. Newlines in the
    /// text are sent as the two characters `\n`, and the length counts that escaped form.
    /// - Parameter globalTags: appended to the event's own tags.
    package func line(globalTags: [String]) -> String {
        let title = self.title.replacingNewlines()
        let text = self.text.replacingNewlines()
        var out = "_e{\(title.utf8.count),\(text.utf8.count)}:\(title)|\(text)"
        if let timestamp { out += "|d:\(timestamp)" }
        if let aggregationKey { out += "|k:" + aggregationKey.fieldSafe() }
        out += "|p:" + priority.rawValue
        if let sourceTypeName { out += "|s:" + sourceTypeName.fieldSafe() }
        out += "|t:" + alertType.rawValue
        let all = (tags + globalTags).map(DogStatsDAggregator.sanitise)
        if !all.isEmpty { out += "|#" + all.joined(separator: ",") }
        return out
    }
}

/// A service check (`parse_service_checks.go`): `_sc|<name>|<status>|d:…|#tags|m:<message>`.
package struct DogStatsDServiceCheck: Sendable, Hashable {
    package enum Status: Int, Sendable, Hashable {
        case ok = 0, warning = 1, critical = 2, unknown = 3
    }

    package var name: String
    package var status: Status
    package var message: String?
    package var timestamp: Int?
    package var tags: [String]

    package init(name: String, status: Status, message: String? = nil, timestamp: Int? = nil, tags: [String] = []) {
        self.name = name
        self.status = status
        self.message = message
        self.timestamp = timestamp
        self.tags = tags
    }

    /// The message goes last, with newlines as `\n` and `m:` escaped as `m\:` (datadog-go).
    package func line(globalTags: [String]) -> String {
        var out = "_sc|\(name.fieldSafe())|\(status.rawValue)"
        if let timestamp { out += "|d:\(timestamp)" }
        let all = (tags + globalTags).map(DogStatsDAggregator.sanitise)
        if !all.isEmpty { out += "|#" + all.joined(separator: ",") }
        if let message {
            let escaped = message.replacingNewlines().split(separator: "m:", omittingEmptySubsequences: false).joined(separator: "m\\:")
            out += "|m:" + escaped
        }
        return out
    }
}

extension String {
    /// Newlines as the two characters `\n` (and carriage returns dropped), as DogStatsD expects.
    func replacingNewlines() -> String {
        guard contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return self }
        var out = ""
        for c in self {
            switch c {
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }

    /// A header field value without the datagram's separators.
    func fieldSafe() -> String {
        String(map { $0 == "|" || $0 == "\n" || $0 == "\r" ? "_" : $0 })
    }
}
