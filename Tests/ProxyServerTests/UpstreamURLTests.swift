@testable import ProxyServer
import Testing

/// The upstream URL is the configured base followed by an origin-form path, and nothing else.
@Suite struct UpstreamURLTests {
    @Test(arguments: [
        ("http://127.0.0.1:8089", "/v1beta/models/m:generateContent?alt=sse", "http://127.0.0.1:8089/v1beta/models/m:generateContent?alt=sse"),
        ("https://us-central1-aiplatform.googleapis.com", "/v1/projects/p/locations/us-central1/publishers/google/models/m:generateContent",
            "https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/m:generateContent"),
        ("http://127.0.0.1:8089", "//evil.example.com:443/x", "http://127.0.0.1:8089//evil.example.com:443/x"),
        ("http://mock.internal:9000/prefix", "/v1beta/models", "http://mock.internal:9000/prefix/v1beta/models"),
        ("http://[::1]:8089", "/v1beta/models", "http://[::1]:8089/v1beta/models"),
    ])
    func buildsOnTheConfiguredHost(base: String, target: String, expected: String) throws {
        #expect(try UpstreamURLResolver.url(base: base, target: Substring(target)) == expected)
    }

    /// The shapes that used to reach the HTTP client: the CONNECT target made
    /// `http://127.0.0.1:8089evil.example.com:443`, whose port trapped in `SocketAddress`.
    @Test(arguments: [
        ("http://127.0.0.1:8089", "evil.example.com:443"),
        ("http://127.0.0.1:8089", "0"),
        ("http://127.0.0.1:8089", "http://evil.example.com/"),
        ("http://127.0.0.1:8089", "@evil.example.com/"),
        ("http://127.0.0.1:8089", "*"),
        ("http://127.0.0.1:99999", "/v1beta/models"),
        ("http://user:secret@127.0.0.1:8089", "/v1beta/models"),
        ("ftp://127.0.0.1:8089", "/v1beta/models"),
    ])
    func refusesAnythingElse(base: String, target: String) {
        #expect(throws: UpstreamURLError.self) {
            try UpstreamURLResolver.url(base: base, target: Substring(target))
        }
    }

    @Test func theErrorNeverCarriesCredentials() {
        do {
            _ = try UpstreamURLResolver.url(base: "http://user:secret@127.0.0.1:8089", target: "/x")
            Issue.record("a base URL with credentials was accepted")
        } catch {
            #expect(!error.description.contains("secret"))
            #expect(error.description.contains("127.0.0.1:8089"))
        }
    }
}
