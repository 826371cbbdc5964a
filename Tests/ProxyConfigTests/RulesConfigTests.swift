import DetectionRules
import ProxyConfig
import Testing

@Suite struct RulesConfigTests {
    @Test func defaultsAreTheBuiltInRules() throws {
        let rules = RulesConfiguration.default
        #expect(rules.enabled)
        #expect(rules.evaluationInterval == .seconds(5) && rules.engine.evaluationInterval == 5)
        #expect(rules.definitions == RuleDefinition.defaults)
        #expect(rules.stateFile == "" && rules.stateSaveInterval == .seconds(300))
        #expect(rules.engine == RuleEngineConfiguration.default)
        #expect(rules.notify == RuleNotifyConfiguration())
        #expect(rules.notify.datadogEvents && rules.notify.log && rules.notify.webhookURL == "")
        #expect(rules.notify.webhookTimeout == .seconds(5) && rules.notify.webhookMaxAttempts == 4 && rules.notify.webhookQueue == 256)
        #expect(try ProxyConfiguration.load(yaml: "rules:\n  definitions: {}\n").rules == .default)
        #expect(try ProxyConfiguration.load(yaml: "rules:\n  capacity:\n    quotas: {}\n  notify:\n").rules == .default)
    }

    @Test func engineSettingsAreRead() throws {
        let yaml = """
            rules:
              enabled: false
              evaluation_interval: 10s
              runbook_base_url: "https://git.example.com/shop/outrigger/blob/main/"
              max_groups_per_rule: 50
              state_file: /var/lib/outrigger/baselines.json
              state_save_interval: 1m
              call_log: /var/log/outrigger/calls.jsonl
            """
        let rules = try ProxyConfiguration.load(yaml: yaml).rules
        #expect(rules.callLog == "/var/log/outrigger/calls.jsonl" && RulesConfiguration.default.callLog.isEmpty)
        #expect(!rules.enabled)
        #expect(rules.evaluationInterval == .seconds(10) && rules.engine.evaluationInterval == 10)
        #expect(rules.engine.runbookBaseURL == "https://git.example.com/shop/outrigger/blob/main/")
        #expect(rules.engine.maxGroupsPerRule == 50)
        #expect(rules.stateFile == "/var/lib/outrigger/baselines.json" && rules.stateSaveInterval == .seconds(60))
        #expect(rules.definitions == RuleDefinition.defaults)
    }

    @Test func anOverrideChangesOnlyTheNamedFields() throws {
        let yaml = """
            rules:
              definitions:
                hallucination:
                  window: 5m
                  thresholds:
                    alert: 0.03
                predictive_capacity:
                  renotify: 0s
                  escalate_after: 0s
                prompt_injection:
                  kind: prompt_injection
                  severity: high
                  for: 30s
                  thresholds:
                    suspicious_score: 0.5
            """
        let definitions = try ProxyConfiguration.load(yaml: yaml).rules.definitions
        #expect(definitions.map(\.id) == RuleDefinition.defaults.map(\.id), "the default order stays")
        var hallucination = RuleDefinition.hallucination
        hallucination.window = 300
        hallucination.thresholds.alert = 0.03
        #expect(definitions[0] == hallucination)
        var injection = RuleDefinition.promptInjection
        injection.severity = .high
        injection.forDuration = 30
        injection.thresholds.suspiciousScore = 0.5
        #expect(definitions[1] == injection)
        #expect(definitions[2] == .costPerConversion && definitions[3] == .qualityDegradation)
        var capacity = RuleDefinition.predictiveCapacity
        capacity.renotifyInterval = nil
        capacity.escalation = nil
        #expect(definitions[4] == capacity)
    }

    @Test func everyRuleKeyIsApplied() throws {
        let yaml = """
            rules:
              definitions:
                cost_per_conversion:
                  severity: low
                  enabled: false
                  window: 1h
                  min_samples: 7
                  hysteresis: 0.5
                  resolve_after: 2m
                  for: 1m
                  renotify: 2h
                  group_by: model
                  escalate_after: 10m
                  escalate_to: critical
                  thresholds:
                    alert: 2
                    warn: 1.5
                    count: 3
                    min_events: 4
                    relative_change: 0.3
                    suspicious_score: 0.9
                    min_history: 2h
                    horizon: 30m
            """
        let rule = try ProxyConfiguration.load(yaml: yaml).rules.definitions[2]
        let expected = RuleDefinition(
            id: "cost_per_conversion", kind: .costPerConversion, severity: .low,
            thresholds: RuleThresholds(
                alert: 2, warn: 1.5, count: 3, minEvents: 4, relativeChange: 0.3, suspiciousScore: 0.9, minHistory: 7200,
                horizon: 1800
            ),
            window: 3600, minSamples: 7, hysteresis: 0.5, resolveAfter: 120, forDuration: 60, renotifyInterval: 7200,
            groupBy: .model, escalation: RuleEscalation(after: 600, severity: .critical), enabled: false
        )
        #expect(rule == expected)
    }

    @Test func aNewRuleStartsFromItsKindAndIsAppended() throws {
        let yaml = """
            rules:
              definitions:
                quality_fast:
                  kind: quality_degradation
                  window: 1m
                hallucination_fast:
                  kind: invalid_product_rate
                  window: 1m
                  min_samples: 10
                  thresholds:
                    alert: 0.05
            """
        let definitions = try ProxyConfiguration.load(yaml: yaml).rules.definitions
        #expect(Array(definitions.prefix(5)) == RuleDefinition.defaults)
        #expect(definitions.map(\.id).suffix(2) == ["quality_fast", "hallucination_fast"], "appended in file order")
        var fast = RuleDefinition.hallucination
        fast.id = "hallucination_fast"
        fast.window = 60
        fast.minSamples = 10
        fast.thresholds.alert = 0.05
        #expect(definitions.last == fast)
        #expect(definitions[5].kind == .qualityDegradation && definitions[5].window == 60)
    }

    @Test func quotasAndCapacityLimitsAreRead() throws {
        let yaml = """
            rules:
              capacity:
                latency_p99_limit_ms: 8000
                rate_429_limit: 0.1
                default_rpm: 500
                quotas:
                  gemini-2.5-flash:
                    rpm: 1000
                    tpm: 4000000
                  gemini-2.5-pro:
                    tpm: 1000000
            """
        let capacity = try ProxyConfiguration.load(yaml: yaml).rules.engine.capacity
        #expect(capacity.latencyP99LimitMs == 8000 && capacity.rate429Limit == 0.1)
        #expect(capacity.defaultQuota == ModelQuota(requestsPerMinute: 500))
        #expect(capacity.quotas == [
            "gemini-2.5-flash": ModelQuota(requestsPerMinute: 1000, tokensPerMinute: 4_000_000),
            "gemini-2.5-pro": ModelQuota(tokensPerMinute: 1_000_000),
        ])
        #expect(capacity.quota(for: "gemini-2.0-flash") == ModelQuota(requestsPerMinute: 500))
        let zeros = try ProxyConfiguration.load(yaml: "rules:\n  capacity:\n    latency_p99_limit_ms: 0\n    default_tpm: 0\n")
        var unchecked = CapacityLimits.default
        unchecked.latencyP99LimitMs = nil
        #expect(zeros.rules.engine.capacity == unchecked, "0 means not checked")
    }

    @Test func publishedQuotasApplyWithoutConfigAndYieldToTheUsersQuotas() throws {
        let none = try ProxyConfiguration.load(yaml: "").rules.engine.capacity
        #expect(none.publishedQuotas == .geminiAPITier1)
        #expect(none.quota(for: "gemini-2.5-flash") == ModelQuota(requestsPerMinute: 1_000, tokensPerMinute: 1_000_000))
        #expect(none.quota(for: "publishers/google/models/gemini-2.5-pro-001")?.requestsPerMinute == 150)
        #expect(none.quota(for: "gemini-2.5-flash-preview-05-20") == nil, "previews have their own limits")
        #expect(none.latencyP99LimitMs == 60_000 && none.errorRateLimit == 0.05)

        let yaml = """
            rules:
              capacity:
                error_rate_limit: 0.02
                quotas:
                  gemini-2.5-flash:
                    rpm: 5000
            """
        let own = try ProxyConfiguration.load(yaml: yaml).rules.engine.capacity
        #expect(own.quota(for: "gemini-2.5-flash") == ModelQuota(requestsPerMinute: 5_000), "the user's entry wins whole")
        #expect(own.quota(for: "gemini-2.0-flash")?.requestsPerMinute == 2_000, "other models keep the published quota")
        #expect(own.errorRateLimit == 0.02)

        let off = try ProxyConfiguration.load(yaml: "rules:\n  capacity:\n    published_quotas: none\n").rules.engine.capacity
        #expect(off.quota(for: "gemini-2.5-flash") == nil)
        let catchAll = try ProxyConfiguration.load(yaml: "rules:\n  capacity:\n    default_rpm: 700\n").rules.engine.capacity
        #expect(catchAll.quota(for: "gemini-2.5-pro") == ModelQuota(requestsPerMinute: 700))
        #expect(throws: (any Error).self) {
            try ProxyConfiguration.load(yaml: "rules:\n  capacity:\n    published_quotas: tier_9\n")
        }
    }

    @Test func notifySettingsAreRead() throws {
        let yaml = """
            rules:
              notify:
                datadog_events: false
                log: false
                webhook_url: "https://hooks.example.com/outrigger"
                webhook_timeout: 2s
                webhook_max_attempts: 6
                webhook_queue: 32
            """
        let notify = try ProxyConfiguration.load(yaml: yaml).rules.notify
        #expect(notify == RuleNotifyConfiguration(
            datadogEvents: false, log: false, webhookURL: "https://hooks.example.com/outrigger", webhookTimeout: .seconds(2),
            webhookMaxAttempts: 6, webhookQueue: 32
        ))
        #expect(try ProxyConfiguration.load(yaml: "rules:\n  notify:\n    webhook_url: \"http://10.0.0.5:9000\"\n").rules.notify.webhookURL
            == "http://10.0.0.5:9000")
    }

    @Test(arguments: [
        ("rules:\n  notify:\n    webhook_url: ftp://hooks.example.com\n", "rules.notify.webhook_url", 3, "must start with http:// or https://"),
        ("rules:\n  notify:\n    webhook_url: \"https://\"\n", "rules.notify.webhook_url", 3, "invalid webhook URL"),
        ("rules:\n  notify:\n    webhook_url: hooks.example.com\n", "rules.notify.webhook_url", 3, "invalid webhook URL"),
        ("rules:\n  notify:\n    webhook_max_attempts: 0\n", "rules.notify.webhook_max_attempts", 3, "between 1 and 20"),
        ("rules:\n  notify:\n    webhook_queue: 100001\n", "rules.notify.webhook_queue", 3, "between 1 and 100000"),
        ("rules:\n  notify:\n    webhok_url: x\n", "rules.notify.webhok_url", 3, "did you mean 'webhook_url'"),
        ("rules:\n  evaluation_interval: 10m\n", "rules.evaluation_interval", 2, "between 1s and 5m"),
        ("rules:\n  max_groups_per_rule: 5\n", "rules.max_groups_per_rule", 2, "between 10 and 100000"),
        ("rules:\n  capacity:\n    rate_429_limit: 2\n", "rules.capacity.rate_429_limit", 3, "must be between"),
        ("rules:\n  capacity:\n    quotas:\n      m:\n        rpm: -1\n", "rules.capacity.quotas.m.rpm", 5, "must be between"),
        ("rules:\n  capacity:\n    quotas:\n      m:\n        rqm: 1\n", "rules.capacity.quotas.m.rqm", 5, "did you mean 'rpm'"),
        ("rules:\n  capacity:\n    quotas:\n      m: {}\n", "rules.capacity.quotas.m", 4, "set rpm or tpm"),
        ("rules:\n  definitions:\n    hallucination:\n      windw: 1m\n", "rules.definitions.hallucination.windw", 4, "did you mean 'window'"),
        ("rules:\n  definitions:\n    hallucination:\n      thresholds:\n        alrt: 1\n", "rules.definitions.hallucination.thresholds.alrt", 5, "did you mean 'alert'"),
        ("rules:\n  definitions:\n    mine:\n      window: 1m\n", "rules.definitions.mine", 3, "missing kind"),
        ("rules:\n  definitions:\n    mine:\n      kind: latency\n", "rules.definitions.mine.kind", 4, "unknown rule kind 'latency'"),
        ("rules:\n  definitions:\n    hallucination:\n      kind: prompt_injection\n", "rules.definitions.hallucination.kind", 4, "built-in rule of kind invalid_product_rate"),
        ("rules:\n  definitions:\n    Mine Rule:\n      kind: prompt_injection\n", "rules.definitions.Mine Rule", 3, "invalid rule id"),
        ("rules:\n  definitions:\n    hallucination:\n      severity: urgent\n", "rules.definitions.hallucination.severity", 4, "expected low, medium, high or critical"),
        ("rules:\n  definitions:\n    hallucination:\n      group_by: tenant\n", "rules.definitions.hallucination.group_by", 4, "expected model, session or all"),
        ("rules:\n  definitions:\n    hallucination:\n      hysteresis: 1.5\n", "rules.definitions.hallucination.hysteresis", 4, "between 0 and 1"),
        ("rules:\n  definitions:\n    hallucination:\n      window: soon\n", "rules.definitions.hallucination.window", 4, "invalid duration"),
        ("rules:\n  definitions:\n    hallucination:\n      escalate_to: critical\n", "rules.definitions.hallucination.escalate_to", 4, "needs escalate_after"),
        ("rules:\n  definitions:\n    predictive_capacity:\n      thresholds:\n        horizon: 10s\n", "rules.definitions.predictive_capacity.thresholds.horizon", 5, "between 1m and 24h"),
        ("rules:\n  definitions:\n    hallucination: 3\n", "rules.definitions.hallucination", 3, "expected a mapping"),
        ("rules:\n  definitions: [hallucination]\n", "rules.definitions", 2, "expected a mapping of names to settings"),
    ])
    func problemsNameTheKeyAndLine(yaml: String, keyPath: String, line: Int, fragment: String) throws {
        let problems = TestSupport.problems(yaml)
        let problem = try #require(problems.first, "no problem reported for \(yaml)")
        #expect(problems.count == 1, "\(problems)")
        #expect(problem.keyPath == keyPath && problem.line == line, "\(problem)")
        #expect(problem.message.contains(fragment), "\(problem.message)")
    }

    @Test func everyProblemOfABadRuleIsReported() {
        let yaml = """
            rules:
              definitions:
                mine:
                  severity: urgent
                  colour: red
            """
        let problems = TestSupport.problems(yaml)
        #expect(problems.map(\.keyPath) == [
            "rules.definitions.mine", "rules.definitions.mine.severity", "rules.definitions.mine.colour",
        ], "\(problems)")
    }
}
