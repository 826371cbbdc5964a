import ProxyConfig
import Testing

/// Every problem in a file is reported at once, in file order.
@Suite struct MultipleProblemTests {
    static let brokenFile = """
        # A config with one of everything wrong.
        listne: ":8080"
        service_name: "checkout"
        admin:
          listen: "127.0.0.1"
          recent_calls: -1
        upstream:
          gemini_api_url: "ftp://example.com"
          http2: maybe
          timeouts:
            connect: 5s
            idle: soon
            totl: 10m
        limits:
          max_request_body: 12
        logging: verbose
        extra: true
        """

    @Test func reportsEveryProblemInFileOrder() {
        #expect(TestSupport.problems(Self.brokenFile) == [
            Reported("listne", 2, "unknown key 'listne'; did you mean 'listen'?"),
            Reported("admin.listen", 5,
                "invalid listen address '127.0.0.1': expected host:port, like 0.0.0.0:8080, [::1]:8080 or :8080"),
            Reported("admin.recent_calls", 6, "must be between 0 and 10000, got -1"),
            Reported("upstream.gemini_api_url", 8, "invalid URL 'ftp://example.com': must start with http:// or https://"),
            Reported("upstream.http2", 9, "expected a boolean (true or false), got 'maybe'"),
            Reported("upstream.timeouts.idle", 12,
                "invalid duration 'soon': expected a number with a unit (ms, s, m, h), like '250ms', '5s' or '1m30s'"),
            Reported("upstream.timeouts.totl", 13, "unknown key 'totl'; did you mean 'total'?"),
            Reported("limits.max_request_body", 15, "must be at least 1KiB, got 12"),
            Reported("logging", 16, "expected a mapping, got 'verbose'"),
            Reported("extra", 17,
                "unknown key 'extra'; known keys are listen, admin, service_name, upstream, limits, logging, datadog, sessions, pricing, insights, guards, catalog, lifecycle, quality, rules, tls"),
        ])
    }

    @Test func errorDescriptionHasOneLinePerProblem() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try ProxyConfiguration.load(yaml: Self.brokenFile, source: "/etc/outrigger.yaml")
        }
        let lines = error.description.split(separator: "\n")
        #expect(lines.count == 10)
        #expect(lines.first == "/etc/outrigger.yaml:2: listne: unknown key 'listne'; did you mean 'listen'?")
        #expect(lines.last?.hasPrefix("/etc/outrigger.yaml:17: extra: unknown key 'extra'") == true)
        #expect(error.code == "invalid")
    }

    @Test func problemDescriptionOmitsMissingParts() {
        let withLine = ConfigProblem(source: "a.yaml", keyPath: "upstream.timeouts.idle", line: 12, message: "bad")
        let withoutLine = ConfigProblem(source: "environment", keyPath: "OUTRIGGER_LISTEN", line: nil, message: "bad")
        let wholeFile = ConfigProblem(source: "a.yaml", keyPath: "", line: 3, message: "invalid YAML: x")
        #expect(withLine.description == "a.yaml:12: upstream.timeouts.idle: bad")
        #expect(withoutLine.description == "environment: OUTRIGGER_LISTEN: bad")
        #expect(wholeFile.description == "a.yaml:3: invalid YAML: x")
    }
}
