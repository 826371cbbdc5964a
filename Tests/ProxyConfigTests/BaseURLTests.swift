@testable import ProxyConfig
import Testing

@Suite struct BaseURLTests {
    @Test(arguments: [
        ("https://generativelanguage.googleapis.com", BaseURL.LocationPlaceholder.forbidden),
        ("http://127.0.0.1:9000", .forbidden),
        ("http://mock.internal:9000/prefix/", .forbidden),
        ("HTTPS://aiplatform.googleapis.com", .forbidden),
        ("https://{location}-aiplatform.googleapis.com", .required),
        ("https://aiplatform.{location}.rep.googleapis.com", .allowed),
        ("https://aiplatform.googleapis.com", .allowed),
        ("http://[::1]:8089", .forbidden),
        ("http://127.0.0.1:65535", .forbidden),
    ])
    func accepts(url: String, location: BaseURL.LocationPlaceholder) throws {
        #expect(try BaseURL.validate(url, location: location) == url)
    }

    @Test(arguments: [
        ("generativelanguage.googleapis.com", BaseURL.LocationPlaceholder.forbidden,
            "must start with http:// or https://"),
        ("ftp://example.com", .forbidden, "must start with http:// or https://"),
        ("https://", .forbidden, "missing host"),
        ("https:///path", .forbidden, "missing host"),
        ("https://example.com/a b", .forbidden, "must not contain spaces or control characters"),
        ("https://example.com?key=1", .forbidden, "must not have a query or fragment"),
        ("https://example.com#top", .forbidden, "must not have a query or fragment"),
        ("https://{region}.example.com", .allowed, "the only placeholder allowed is {location}"),
        ("https://aiplatform.googleapis.com", .required,
            "must contain {location}, like https://{location}-aiplatform.googleapis.com"),
        ("https://{location}.example.com", .forbidden,
            "{location} is only expanded in vertex_regional_url and vertex_multi_region_url"),
        ("http://127.0.0.1:65536", .forbidden, "the port must be a number from 1 to 65535"),
        ("http://127.0.0.1:0", .forbidden, "the port must be a number from 1 to 65535"),
        ("http://127.0.0.1:80x", .forbidden, "the port must be a number from 1 to 65535"),
        ("http://127.0.0.1:", .forbidden, "the port must be a number from 1 to 65535"),
        ("http://[::1", .forbidden, "an IPv6 address needs its closing ]"),
        ("http://user:secret@example.com", .forbidden,
            "must not hold credentials (user:password@); Outrigger forwards the client's own credentials"),
        ("http://exa_mple.com", .forbidden, "the host may hold only letters, digits, '.', '-' and {location}"),
    ])
    func rejects(url: String, location: BaseURL.LocationPlaceholder, reason: String) {
        #expect(throws: ConfigValueError.invalidValue("invalid URL '\(url)': \(reason)")) {
            try BaseURL.validate(url, location: location)
        }
    }

    @Test func overrideAllReplacesEveryURL() {
        var upstream = UpstreamConfiguration.default
        upstream.overrideAll(with: "http://127.0.0.1:9000")
        let urls = [
            upstream.geminiAPIURL, upstream.vertexRegionalURL, upstream.vertexGlobalURL,
            upstream.vertexMultiRegionURL, upstream.fallbackURL,
        ]
        #expect(urls == Array(repeating: "http://127.0.0.1:9000", count: 5))
        #expect(upstream.http2 == UpstreamConfiguration.default.http2)
        #expect(upstream.timeouts == .default)
    }
}

@Suite struct AdminTokenConfigTests {
    @Test func readsTheTokenKeys() throws {
        let configuration = try ProxyConfiguration.load(yaml: """
            admin:
              listen: "0.0.0.0:9464"
              token_file: /var/run/secrets/outrigger/admin-token
              token_env: MY_TOKEN
              allow_unauthenticated: false
            """)
        #expect(configuration.admin.tokenFile == "/var/run/secrets/outrigger/admin-token")
        #expect(configuration.admin.tokenEnv == "MY_TOKEN")
        #expect(configuration.admin.tokenSource(environment: ["MY_TOKEN": "x"]) == .file("/var/run/secrets/outrigger/admin-token"))
        #expect(configuration.admin.exposureProblem(environment: [:]) == nil)
    }

    @Test func tokenEnvMustBeAVariableName() {
        #expect(throws: ConfigurationError.self) {
            try ProxyConfiguration.load(yaml: "admin:\n  token_env: \"not a name\"\n")
        }
    }

    @Test func environmentSetsTheTokenFile() throws {
        let configuration = try ProxyConfiguration.default.applyingEnvironment(["OUTRIGGER_ADMIN_TOKEN_FILE": "/run/t"])
        #expect(configuration.admin.tokenFile == "/run/t")
    }
}
