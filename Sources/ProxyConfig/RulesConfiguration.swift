package import DetectionRules

/// Detection rules: the engine's settings, the rule definitions, baseline persistence and where
/// signals go. YAML section `rules`; every key has the default shown in config/outrigger.yaml.
///
/// `rules.definitions` is a mapping by rule id applied over ``RuleDefinition/defaults``: the id of
/// a built-in rule overrides only the keys given; a new id needs a `kind` and starts from the
/// built-in rule of that kind. See `RulesConfiguration+Definitions.swift`.
package struct RulesConfiguration: Sendable, Equatable {
    /// Whether rules are evaluated at all. YAML `enabled`, default true.
    package var enabled: Bool
    /// How often the rules are evaluated, 1s…5m. YAML `evaluation_interval`, default 5s; its
    /// seconds are also ``RuleEngineConfiguration/evaluationInterval``.
    package var evaluationInterval: Duration
    /// Runbook links, group caps and capacity limits. YAML `runbook_base_url`, `max_groups_per_rule`
    /// and `capacity`.
    package var engine: RuleEngineConfiguration
    /// The built-in rules with their overrides, in their default order, then new rules in file
    /// order. YAML `definitions`.
    package var definitions: [RuleDefinition]
    /// Where the rule state (windows, forecasters, baselines, states and acknowledgements) is
    /// saved and restored from; "" keeps it in memory only. YAML `state_file`, default "".
    package var stateFile: String
    /// How often the state is saved to ``stateFile``. YAML `state_save_interval`, default 5m.
    package var stateSaveInterval: Duration
    /// Append one line per call and per conversion to this file, for `outrigger rules replay`;
    /// "" for none. YAML `call_log`, default "".
    package var callLog: String
    /// Where signals go. YAML `notify`.
    package var notify: RuleNotifyConfiguration

    /// Creates a configuration; every parameter defaults to its documented default.
    package init(
        enabled: Bool = true, evaluationInterval: Duration = .seconds(5), engine: RuleEngineConfiguration = .default,
        definitions: [RuleDefinition] = RuleDefinition.defaults, stateFile: String = "",
        stateSaveInterval: Duration = .seconds(300), callLog: String = "", notify: RuleNotifyConfiguration = .default
    ) {
        self.enabled = enabled
        self.evaluationInterval = evaluationInterval
        self.engine = engine
        self.engine.evaluationInterval = evaluationInterval.inSeconds
        self.definitions = definitions
        self.stateFile = stateFile
        self.stateSaveInterval = stateSaveInterval
        self.callLog = callLog
        self.notify = notify
    }

    package static let `default` = RulesConfiguration()
}

/// Where rule signals go. YAML section `rules.notify`.
package struct RuleNotifyConfiguration: Sendable, Equatable {
    /// Send each signal as a Datadog event. YAML `datadog_events`, default true.
    package var datadogEvents: Bool
    /// Log each signal. YAML `log`, default true.
    package var log: Bool
    /// POST each signal as JSON to this http(s) URL; "" for none. YAML `webhook_url`, default "".
    package var webhookURL: String
    /// How long one webhook attempt may take. YAML `webhook_timeout`, default 5s.
    package var webhookTimeout: Duration
    /// Attempts per signal, with backoff between them, 1…20. YAML `webhook_max_attempts`, default 4.
    package var webhookMaxAttempts: Int
    /// Signals waiting for the webhook; past it the oldest are dropped, 1…100000.
    /// YAML `webhook_queue`, default 256.
    package var webhookQueue: Int

    /// Creates a configuration; every parameter defaults to its documented default.
    package init(
        datadogEvents: Bool = true, log: Bool = true, webhookURL: String = "", webhookTimeout: Duration = .seconds(5),
        webhookMaxAttempts: Int = 4, webhookQueue: Int = 256
    ) {
        self.datadogEvents = datadogEvents
        self.log = log
        self.webhookURL = webhookURL
        self.webhookTimeout = webhookTimeout
        self.webhookMaxAttempts = webhookMaxAttempts
        self.webhookQueue = webhookQueue
    }

    package static let `default` = RuleNotifyConfiguration()
}

extension RulesConfiguration: ConfigSection {
    /// Reads the `rules` section.
    init(reading reader: ConfigReader) {
        let d = Self.default
        var engine = RuleEngineConfiguration.default
        let enabled = reader.bool("enabled", default: d.enabled)
        let interval = reader.duration("evaluation_interval", default: d.evaluationInterval, in: .seconds(1)...(.seconds(300)))
        engine.runbookBaseURL = reader.string("runbook_base_url", default: d.engine.runbookBaseURL)
        engine.maxGroupsPerRule = reader.int("max_groups_per_rule", default: d.engine.maxGroupsPerRule, in: 10...100_000)
        let stateFile = reader.string("state_file", default: d.stateFile)
        let saveInterval = reader.duration(
            "state_save_interval", default: d.stateSaveInterval, in: .seconds(10)...(.seconds(86_400))
        )
        let callLog = reader.string("call_log", default: d.callLog)
        engine.capacity = reader.section("capacity", as: CapacitySection.self).limits
        let notify: RuleNotifyConfiguration = reader.section("notify")
        let definitions = Self.definitions(reading: reader)
        self.init(
            enabled: enabled, evaluationInterval: interval, engine: engine, definitions: definitions,
            stateFile: stateFile, stateSaveInterval: saveInterval, callLog: callLog, notify: notify
        )
    }

    /// The `capacity` mapping: limits and quotas for `predictive_capacity`.
    struct CapacitySection: ConfigSection {
        var limits = CapacityLimits.default

        init(reading reader: ConfigReader) {
            let d = CapacityLimits.default
            let latency = reader.double("latency_p99_limit_ms", default: d.latencyP99LimitMs ?? 0, in: 0...3_600_000)
            limits.latencyP99LimitMs = latency == 0 ? nil : latency
            limits.rate429Limit = reader.double("rate_429_limit", default: d.rate429Limit, in: 0.000_1...1)
            limits.errorRateLimit = reader.double("error_rate_limit", default: d.errorRateLimit, in: 0.000_1...1)
            let names = PublishedQuotas.names.joined(separator: " or ")
            limits.publishedQuotas = reader.parsed("published_quotas", default: d.publishedQuotas, expected: names) {
                (text) throws(ConfigValueError) in
                guard let table = PublishedQuotas(name: text.lowercased()) else {
                    throw .invalidValue("invalid published_quotas '\(text)': expected \(names) (none turns the published table off)")
                }
                return table
            }
            let rpm = Self.perMinute(reader, "default_rpm", d.defaultQuota?.requestsPerMinute)
            let tpm = Self.perMinute(reader, "default_tpm", d.defaultQuota?.tokensPerMinute)
            limits.defaultQuota = rpm == nil && tpm == nil ? nil : ModelQuota(requestsPerMinute: rpm, tokensPerMinute: tpm)
            for model in reader.namedSections("quotas") ?? [] {
                let problems = reader.log.problems.count
                let quota = ModelQuota(
                    requestsPerMinute: Self.perMinute(model.reader, "rpm", nil),
                    tokensPerMinute: Self.perMinute(model.reader, "tpm", nil)
                )
                model.reader.finish()
                guard reader.log.problems.count == problems else { continue }
                guard quota.requestsPerMinute != nil || quota.tokensPerMinute != nil else {
                    reader.log.record(
                        keyPath: reader.keyPath("quotas." + model.name), line: model.line,
                        "set rpm or tpm (or both) above 0, e.g. rpm: 1000"
                    )
                    continue
                }
                limits.quotas[model.name] = quota
            }
        }

        /// A per-minute limit; 0 (or absent with no default) means none.
        static func perMinute(_ reader: ConfigReader, _ key: String, _ defaultValue: Double?) -> Double? {
            let value = reader.double(key, default: defaultValue ?? 0, in: 0...1e12)
            return value == 0 ? nil : value
        }
    }
}

extension RuleNotifyConfiguration: ConfigSection {
    /// Reads the `rules.notify` section.
    init(reading reader: ConfigReader) {
        let d = Self.default
        self.init(
            datadogEvents: reader.bool("datadog_events", default: d.datadogEvents),
            log: reader.bool("log", default: d.log),
            webhookURL: reader.parsed("webhook_url", default: d.webhookURL, expected: "an http(s) URL") { (text) throws(ConfigValueError) in
                guard text.isEmpty || Self.isWebURL(text) else {
                    throw .invalidValue("invalid webhook URL '\(text)': it must start with http:// or https:// and name a host")
                }
                return text
            },
            webhookTimeout: reader.duration("webhook_timeout", default: d.webhookTimeout, in: .milliseconds(100)...(.seconds(300))),
            webhookMaxAttempts: reader.int("webhook_max_attempts", default: d.webhookMaxAttempts, in: 1...20),
            webhookQueue: reader.int("webhook_queue", default: d.webhookQueue, in: 1...100_000)
        )
    }

    /// Whether `text` is `http://` or `https://` followed by a host and no whitespace.
    static func isWebURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else { return false }
        let rest = text.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty && !text.contains(where: \.isWhitespace)
    }
}

extension Duration {
    /// The duration in seconds, as the rule engine counts time.
    var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
