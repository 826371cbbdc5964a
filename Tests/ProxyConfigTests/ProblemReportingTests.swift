import ProxyConfig
import Testing

/// Each kind of problem, with its exact key path and line.
@Suite struct ProblemReportingTests {
    @Test func unknownKeySuggestsClosestKey() {
        #expect(TestSupport.problems("listne: \":8080\"\n") == [
            Reported("listne", 1, "unknown key 'listne'; did you mean 'listen'?")
        ])
    }

    @Test func unknownNestedKeySuggestsClosestKey() {
        let yaml = """
            upstream:
              timeouts:
                idel: 5s
            """
        #expect(TestSupport.problems(yaml) == [
            Reported("upstream.timeouts.idel", 3, "unknown key 'idel'; did you mean 'idle'?")
        ])
    }

    @Test func unknownKeyWithoutCloseMatchListsKnownKeys() {
        #expect(TestSupport.problems("logging:\n  colour: true\n") == [
            Reported("logging.colour", 2, "unknown key 'colour'; known keys are level, format")
        ])
    }

    @Test func unknownSectionIsOneProblem() {
        #expect(TestSupport.problems("inspection:\n  injection: x\n  pii: y\n") == [
            Reported(
                "inspection", 1,
                "unknown key 'inspection'; known keys are listen, admin, service_name, upstream, limits, logging, datadog, sessions, pricing, insights, guards, catalog, lifecycle, quality, rules, tls"
            )
        ])
    }

    @Test func datadogSectionIsChecked() {
        #expect(TestSupport.problems("datadog:\n  statsd: x\n  traces: y\n") == [
            Reported("datadog.statsd", 2, "unknown key 'statsd'; known keys are metrics, traces, llmobs, export_queue_bytes"),
            Reported("datadog.traces", 3, "expected a boolean (true or false), got 'y'"),
        ])
    }

    @Test func llmobsAndSessionsAreChecked() {
        let yaml = """
            datadog:
              llmobs:
                privacy: partial
                ml_app: "my app"
            sessions:
              header: "x session"
            """
        #expect(TestSupport.problems(yaml) == [
            Reported("datadog.llmobs.privacy", 3, "invalid privacy 'partial': expected one of none, redacted, full"),
            Reported("datadog.llmobs.ml_app", 4, "invalid service name 'my app': use only letters, digits, '_', '-', '.', '/' and ':'"),
            Reported("sessions.header", 6, "invalid header name 'x session': use letters, digits and '-', e.g. x-session-id"),
        ])
    }

    @Test(arguments: [
        ("upstream: 5\n", Reported("upstream", 1, "expected a mapping, got '5'")),
        ("admin:\n  - listen\n", Reported("admin", 1, "expected a mapping, got a list")),
        ("upstream:\n  timeouts: \"5s\"\n", Reported("upstream.timeouts", 2, "expected a mapping, got the string \"5s\"")),
        ("upstream:\n  http2: yes please\n",
            Reported("upstream.http2", 2, "expected a boolean (true or false), got 'yes please'")),
        ("upstream:\n  http2: \"true\"\n",
            Reported("upstream.http2", 2, "expected a boolean (true or false), got the string \"true\"")),
        ("upstream:\n  max_connections_per_host: many\n",
            Reported("upstream.max_connections_per_host", 2, "expected an integer, got 'many'")),
        ("upstream:\n  max_connections_per_host: \"256\"\n",
            Reported("upstream.max_connections_per_host", 2, "expected an integer, got the string \"256\"")),
        ("admin:\n  recent_calls: 2.5\n", Reported("admin.recent_calls", 2, "expected an integer, got '2.5'")),
        ("listen: {host: a}\n", Reported("listen", 1, "expected a listen address like '0.0.0.0:8080', got a mapping")),
        ("listen:\n", Reported("listen", 1, "expected a listen address like '0.0.0.0:8080', got an empty value")),
        ("service_name: [a, b]\n", Reported("service_name", 1, "expected a service name, got a list")),
        ("logging:\n  level: [info]\n", Reported("logging.level", 2, "expected a log level, got a list")),
    ])
    func wrongType(yaml: String, expected: Reported) {
        #expect(TestSupport.problems(yaml) == [expected])
    }

    @Test(arguments: [
        ("listen: \"8080\"\n",
            Reported("listen", 1, "invalid listen address '8080': expected host:port, like 0.0.0.0:8080, [::1]:8080 or :8080")),
        ("admin:\n  listen: \"127.0.0.1:99999\"\n",
            Reported("admin.listen", 2, "invalid listen address '127.0.0.1:99999': the port must be a number from 0 to 65535")),
        ("upstream:\n  timeouts:\n    idle: 5 parsecs\n",
            Reported("upstream.timeouts.idle", 3,
                "invalid duration '5 parsecs': expected a number with a unit (ms, s, m, h), like '250ms', '5s' or '1m30s'")),
        ("limits:\n  max_request_body: 32 MegaBytes\n",
            Reported("limits.max_request_body", 2,
                "invalid size '32 MegaBytes': unknown unit 'MegaBytes'; use B, KiB, MiB, GiB, TiB, KB, MB, GB or TB")),
        ("upstream:\n  gemini_api_url: generativelanguage.googleapis.com\n",
            Reported("upstream.gemini_api_url", 2,
                "invalid URL 'generativelanguage.googleapis.com': must start with http:// or https://")),
        ("upstream:\n  vertex_regional_url: https://aiplatform.googleapis.com\n",
            Reported("upstream.vertex_regional_url", 2,
                "invalid URL 'https://aiplatform.googleapis.com': must contain {location}, "
                    + "like https://{location}-aiplatform.googleapis.com")),
        ("logging:\n  level: verbose\n",
            Reported("logging.level", 2,
                "invalid log level 'verbose': expected one of trace, debug, info, notice, warning, error, critical")),
        ("logging:\n  format: xml\n",
            Reported("logging.format", 2, "invalid log format 'xml': expected one of text, json")),
        ("service_name: \"my service\"\n",
            Reported("service_name", 1,
                "invalid service name 'my service': use only letters, digits, '_', '-', '.', '/' and ':'")),
        ("service_name: \"\"\n",
            Reported("service_name", 1, "invalid service name '': it must have 1 to 200 characters")),
    ])
    func badValue(yaml: String, expected: Reported) {
        #expect(TestSupport.problems(yaml) == [expected])
    }

    @Test(arguments: [
        ("admin:\n  recent_calls: 10001\n",
            Reported("admin.recent_calls", 2, "must be between 0 and 10000, got 10001")),
        ("upstream:\n  max_connections_per_host: 0\n",
            Reported("upstream.max_connections_per_host", 2, "must be between 1 and 100000, got 0")),
        ("upstream:\n  timeouts:\n    connect: 0s\n",
            Reported("upstream.timeouts.connect", 3, "must be between 1ms and 24h, got 0s")),
        ("upstream:\n  timeouts:\n    total: 25h\n",
            Reported("upstream.timeouts.total", 3, "must be between 1ms and 24h, got 25h")),
        ("limits:\n  max_request_body: 512\n",
            Reported("limits.max_request_body", 2, "must be at least 1KiB, got 512")),
        ("limits:\n  max_response_tap: 0\n",
            Reported("limits.max_response_tap", 2, "must be at least 1KiB, got 0")),
        ("limits:\n  max_header_count: 10\n  analysis_queue_bytes: 2GiB\n",
            Reported("limits.analysis_queue_bytes", 3, "must be between 64KiB and 1GiB, got 2GiB")),
        ("limits:\n  in_flight_body_bytes: 1KiB\n",
            Reported("limits.in_flight_body_bytes", 2, "must be at least 64KiB, got 1KiB")),
        ("datadog:\n  export_queue_bytes: 2GiB\n",
            Reported("datadog.export_queue_bytes", 2, "must be between 64KiB and 1GiB, got 2GiB")),
    ])
    func outOfRange(yaml: String, expected: Reported) {
        #expect(TestSupport.problems(yaml) == [expected])
    }

    @Test func topLevelNotAMapping() {
        #expect(TestSupport.problems("- listen\n- admin\n") == [
            Reported("", 1, "expected a mapping of settings at the top level, got a list")
        ])
        #expect(TestSupport.problems("just some text\n") == [
            Reported("", 1, "expected a mapping of settings at the top level, got 'just some text'")
        ])
    }

    @Test func duplicateKeyIsReportedAtTheRepeat() {
        let yaml = """
            listen: ":8080"
            admin:
              recent_calls: 10
            listen: ":9090"
            """
        #expect(TestSupport.problems(yaml) == [
            Reported("listen", 4, "duplicate key 'listen'; also set on line 1")
        ])
    }

    @Test func duplicateKeysInSeveralMappingsAreAllReported() {
        let yaml = """
            upstream:
              http2: true
              timeouts:
                idle: 5s
                idle: 6s
                idle: 7s
              http2: false
            logging:
              level: info
              "level": debug
            """
        #expect(TestSupport.problems(yaml) == [
            Reported("upstream.timeouts.idle", 6, "duplicate key 'idle'; also set on lines 4, 5"),
            Reported("upstream.http2", 7, "duplicate key 'http2'; also set on line 2"),
            Reported("logging.level", 10, "duplicate key 'level'; also set on line 9"),
        ])
    }
}
