import ProxyConfig
import Testing

/// YAML that does not parse is reported with the line Yams points at.
@Suite struct SyntaxProblemTests {
    @Test(arguments: [
        ("listen: \":8080\"\nadmin:\n  listen: \":9464\"\n recent_calls: 5\n",
            Reported("", 4, "invalid YAML: did not find expected key (while parsing a block mapping on line 1)")),
        ("listen: \"0.0.0.0:8080\nadmin: {}\n",
            Reported("", 3, "invalid YAML: found unexpected end of stream (while scanning a quoted scalar on line 1)")),
        ("admin:\n\tlisten: \":1\"\n",
            Reported("", 2,
                "invalid YAML: found character that cannot start any token (while scanning for the next token on line 2)")),
        ("listen: \":1\"\n---\nlisten: \":2\"\n",
            Reported("", 2, "invalid YAML: expected a single document in the stream but found another document")),
        ("upstream:\n  http2: true\n  timeouts: [5s\nlimits: {}\n",
            Reported("", 4, "invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence on line 3)")),
        ("listen: a: b\n", Reported("", 1, "invalid YAML: mapping values are not allowed in this context")),
        ("listen: *address\n", Reported("", 1, "invalid YAML: found undefined alias")),
    ])
    func syntaxError(yaml: String, expected: Reported) {
        #expect(TestSupport.problems(yaml) == [expected])
    }

    @Test func nonScalarKey() {
        #expect(TestSupport.problems("? [a, b]\n: 1\n") == [Reported("", 1, "a key must be a plain name, got a list")])
    }

    @Test func aliasesAreFollowed() throws {
        let yaml = "admin:\n  listen: &address \"127.0.0.1:1\"\nlisten: *address\n"
        let configuration = try ProxyConfiguration.load(yaml: yaml)
        #expect(configuration.listen == ListenAddress(host: "127.0.0.1", port: 1))
    }

    @Test func crlfLineEndings() {
        let yaml = "upstream:\r\n  http2: true\r\n  http2: false\r\n  bad: 1\r\n"
        #expect(TestSupport.problems(yaml).map(\.line) == [3, 4])
    }

    @Test func duplicateKeysWithAnchorsAndFlowStyle() {
        #expect(TestSupport.problems("&a listen: \":1\"\n&b listen: \":2\"\n") == [
            Reported("listen", 2, "duplicate key 'listen'; also set on line 1")
        ])
        #expect(TestSupport.problems("{listen: \":1\", listen: \":2\", admin: {listen: x}}") == [
            Reported("listen", 1, "duplicate key 'listen'; also set on line 1"),
            Reported(
                "admin.listen", 1,
                "invalid listen address 'x': expected host:port, like 0.0.0.0:8080, [::1]:8080 or :8080"
            ),
        ])
    }
}
