/// What goes to Datadog LLM Observability. YAML section `datadog.llmobs`.
package struct LLMObsConfiguration: Sendable, Equatable {
    /// One LLM Observability span per generation call. YAML `enabled`, default `true`;
    /// env `DD_LLMOBS_ENABLED=false` turns it off.
    package var enabled: Bool
    /// The `ml_app` of every span. YAML `ml_app`, default empty: `service_name` is used.
    /// Env `DD_LLMOBS_ML_APP`, as in Datadog's tracers.
    package var mlApp: String
    /// How much prompt and response text the spans carry. YAML `privacy`, default `redacted`.
    package var privacy: ContentPrivacy

    package init(enabled: Bool = true, mlApp: String = "", privacy: ContentPrivacy = .redacted) {
        self.enabled = enabled
        self.mlApp = mlApp
        self.privacy = privacy
    }

    package static let `default` = LLMObsConfiguration()
}

/// How much message content leaves the process.
package enum ContentPrivacy: String, Sendable, Equatable, CaseIterable {
    /// No message text at all: model, tokens, timings and errors only.
    case none
    /// Messages with personal data (emails, phone numbers, cards, secrets…) masked.
    case redacted
    /// Messages as sent and received.
    case full

    /// Parses `none`, `redacted` or `full`, ignoring case.
    package init(parsing text: String) throws(ConfigValueError) {
        guard let value = Self(rawValue: text.lowercased()) else {
            throw .invalidValue(
                "invalid privacy '\(text)': expected one of \(Self.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        self = value
    }
}

extension LLMObsConfiguration: ConfigSection {
    /// Reads the `datadog.llmobs` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            enabled: reader.bool("enabled", default: defaults.enabled),
            mlApp: reader.parsed("ml_app", default: defaults.mlApp, expected: "an ML app name") { (text) throws(ConfigValueError) in
                text.isEmpty ? text : try ProxyConfiguration.validServiceName(text)
            },
            privacy: reader.parsed(
                "privacy", default: defaults.privacy, expected: "none, redacted or full", ContentPrivacy.init(parsing:)
            )
        )
    }
}

/// How end-user sessions are recognised and how many are tracked. YAML section `sessions`.
package struct SessionsConfiguration: Sendable, Equatable {
    /// The request header carrying the session id. YAML `header`, default `x-session-id`.
    /// Its value goes to LLM Observability spans and the spend ledger, never to metric tags.
    package var header: String
    /// The Vertex request `labels` key used when the header is absent. YAML `label`, default `session_id`.
    package var label: String
    /// Sessions whose spend is tracked at once; the least recently active is evicted beyond it.
    /// YAML `max_tracked`, default 10000 (about 3.5 MB at most).
    package var maxTracked: Int
    /// A session idle this long is forgotten. YAML `idle_timeout`, default `30m`.
    package var idleTimeout: Duration

    package init(header: String = "x-session-id", label: String = "session_id", maxTracked: Int = 10_000, idleTimeout: Duration = .seconds(1800)) {
        self.header = header
        self.label = label
        self.maxTracked = maxTracked
        self.idleTimeout = idleTimeout
    }

    package static let `default` = SessionsConfiguration()

    /// Accepts an HTTP field name (RFC 9110 token characters), lowercased.
    static func validHeader(_ text: String) throws(ConfigValueError) -> String {
        let allowed = "!#$%&'*+-.^_`|~"
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || allowed.contains($0)) }) else {
            throw .invalidValue("invalid header name '\(text)': use letters, digits and '-', e.g. x-session-id")
        }
        return text.lowercased()
    }
}

extension SessionsConfiguration: ConfigSection {
    /// Reads the `sessions` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            header: reader.parsed("header", default: defaults.header, expected: "a header name", Self.validHeader),
            label: reader.string("label", default: defaults.label),
            maxTracked: reader.int("max_tracked", default: defaults.maxTracked, in: 1...1_000_000),
            idleTimeout: reader.duration("idle_timeout", default: defaults.idleTimeout, in: .seconds(1)...(.seconds(7 * 86_400)))
        )
    }
}
