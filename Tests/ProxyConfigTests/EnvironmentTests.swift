import ProxyConfig
import Testing

@Suite struct EnvironmentTests {
    @Test func overridesDocumentedKeys() throws {
        let configuration = try ProxyConfiguration.default.applyingEnvironment([
            "OUTRIGGER_LISTEN": ":9000",
            "OUTRIGGER_ADMIN_LISTEN": "[::1]:9100",
            "OUTRIGGER_SERVICE_NAME": "checkout",
            "OUTRIGGER_UPSTREAM": "http://127.0.0.1:9200",
            "OUTRIGGER_LOG_LEVEL": "DEBUG",
        ])
        var expected = ProxyConfiguration.default
        expected.listen = ListenAddress(host: "0.0.0.0", port: 9000)
        expected.admin.listen = ListenAddress(host: "::1", port: 9100)
        expected.serviceName = "checkout"
        expected.upstream.overrideAll(with: "http://127.0.0.1:9200")
        expected.logging.level = .debug
        #expect(configuration == expected)
    }

    @Test func llmObservabilityFollowsDatadogVariables() throws {
        let configuration = try ProxyConfiguration.default.applyingEnvironment(["DD_LLMOBS_ENABLED": "false", "DD_LLMOBS_ML_APP": "shop"])
        #expect(!configuration.datadog.llmobs.enabled)
        #expect(configuration.datadog.llmobs.mlApp == "shop")
        #expect(try ProxyConfiguration.default.applyingEnvironment(["DD_LLMOBS_ENABLED": "true"]).datadog.llmobs.enabled)
        #expect(throws: ConfigurationError.self) { try ProxyConfiguration.default.applyingEnvironment(["DD_LLMOBS_ENABLED": "maybe"]) }
    }

    @Test func llmobsKeysAreRead() throws {
        let configuration = try ProxyConfiguration.load(yaml: "datadog:\n  llmobs:\n    privacy: FULL\n    ml_app: shop\nsessions:\n  header: X-Conversation-ID\n")
        #expect(configuration.datadog.llmobs == LLMObsConfiguration(enabled: true, mlApp: "shop", privacy: .full))
        #expect(configuration.sessions.header == "x-conversation-id")
        #expect(try ProxyConfiguration.load(yaml: "datadog:\n  llmobs:\n    privacy: none\n").datadog.llmobs.privacy == ContentPrivacy.none)
    }

    @Test func overridesTheFile() throws {
        let file = try ProxyConfiguration.load(yaml: "listen: \"127.0.0.1:1\"\nservice_name: from-file\n")
        let configuration = try file.applyingEnvironment(["OUTRIGGER_LISTEN": "127.0.0.1:2"])
        #expect(configuration.listen.port == 2)
        #expect(configuration.serviceName == "from-file")
    }

    @Test func ignoresUnsetEmptyAndUndocumentedVariables() throws {
        let environment = [
            "OUTRIGGER_LISTEN": "",
            "OUTRIGGER_LOG_FORMAT": "json",
            "OUTRIGGER_RECENT_CALLS": "5",
            "PATH": "/usr/bin",
        ]
        #expect(try ProxyConfiguration.default.applyingEnvironment(environment) == .default)
        #expect(try ProxyConfiguration.default.applyingEnvironment([:]) == .default)
    }

    @Test func reportsEveryBadVariable() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try ProxyConfiguration.default.applyingEnvironment([
                "OUTRIGGER_LISTEN": "8080",
                "OUTRIGGER_ADMIN_LISTEN": "localhost:70000",
                "OUTRIGGER_SERVICE_NAME": "my service",
                "OUTRIGGER_UPSTREAM": "localhost:9000",
                "OUTRIGGER_LOG_LEVEL": "loud",
            ])
        }
        #expect(error.problems.map(\.keyPath) == [
            "OUTRIGGER_LISTEN", "OUTRIGGER_ADMIN_LISTEN", "OUTRIGGER_SERVICE_NAME", "OUTRIGGER_UPSTREAM",
            "OUTRIGGER_LOG_LEVEL",
        ])
        #expect(error.problems.allSatisfy { $0.source == "environment" && $0.line == nil })
        #expect(error.problems[3].description
            == "environment: OUTRIGGER_UPSTREAM: invalid URL 'localhost:9000': must start with http:// or https://")
    }

    @Test func upstreamMustNotContainPlaceholder() {
        #expect(throws: ConfigurationError.self) {
            try ProxyConfiguration.default.applyingEnvironment(["OUTRIGGER_UPSTREAM": "http://{location}.mock"])
        }
    }
}

@Suite("Datadog switches")
struct DatadogSwitchTests {
    @Test func ddTraceEnabledFalseTurnsTracesOff() throws {
        #expect(try ProxyConfiguration.default.applyingEnvironment(["DD_TRACE_ENABLED": "false"]).datadog.traces == false)
        #expect(try ProxyConfiguration.default.applyingEnvironment(["DD_TRACE_ENABLED": "0"]).datadog.traces == false)
        #expect(try ProxyConfiguration.default.applyingEnvironment(["DD_TRACE_ENABLED": "true"]).datadog.traces == true)
        #expect(throws: ConfigurationError.self) { try ProxyConfiguration.default.applyingEnvironment(["DD_TRACE_ENABLED": "nope"]) }
    }

    @Test func yamlSwitchesBothOff() throws {
        let c = try ProxyConfiguration.load(yaml: "datadog:\n  metrics: false\n  traces: false\n")
        #expect(c.datadog == DatadogConfiguration(metrics: false, traces: false))
    }
}
