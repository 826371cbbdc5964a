import JSON
import AsyncHTTPClient
import GeminiWire
import NIOHTTP1
import ProxyConfig
@testable import ProxyServer
import ProxyTesting
import Testing

/// The console page at `GET /` and the call excerpt behind it, `GET /v1/calls/{id}`.
@Suite("Admin console", .timeLimit(.minutes(1)))
struct ConsoleTests {
    static let path = "/v1beta/models/gemini-2.5-flash:generateContent"
    static let prompt = #"{"contents":[{"role":"user","parts":[{"text":"Where is my order? Write to jane@example.com"}]}]}"#
    static let token = "console-test-token"

    @Test func servesOneSelfContainedPage() async throws {
        try await ProxyHarness.run { h in
            let page = try await h.fetch(HTTPClientRequest(url: h.adminBase + "/"))
            #expect(page.status == 200)
            #expect(page.headers.first(name: "content-type") == "text/html; charset=utf-8")
            let csp = try #require(page.headers.first(name: "content-security-policy"))
            #expect(csp.contains("default-src 'none'") && csp.contains("connect-src 'self'"))
            let html = String(decoding: page.body, as: UTF8.self)
            #expect(html.contains("<title>Outrigger console</title>"))
            for id in ["rules-table", "cost-chart", "calls-table", "signals", "advice", "exporters-table"] {
                #expect(html.contains("id=\"\(id)\""), "the page has #\(id)")
            }
            // Nothing from another origin: no absolute URLs but the SVG namespace.
            let external = html.split(separator: "\"").filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("//") }
            #expect(external == ["http://www.w3.org/2000/svg"])
        }
    }

    @Test func callExcerptIsRedactedLikeTheLLMObsSpan() async throws {
        try await ProxyHarness.run { h in
            #expect(try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.prompt)).status == 200)
            let id = try #require(try await h.lastCall(count: 1)["id"]?.stringValue)
            let excerpt = try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/calls/" + id))
            #expect(excerpt.status == 200)
            let json = try JSONParser.parse(excerpt.body)
            #expect(json["privacy"]?.stringValue == "redacted")
            let input = try #require(json["input"]?[0]?["content"]?.stringValue)
            #expect(input.contains("Where is my order?"))
            #expect(!input.contains("jane@example.com"), "personal data is masked as in the span")
            #expect(json["output"]?[0]?["role"]?.stringValue == "assistant")
            #expect(try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/calls/no-such-call")).status == 404)
        }
    }

    @Test func withPrivacyNoneTheExcerptHasNoText() async throws {
        try await ProxyHarness.run(configure: { $0.datadog.llmobs.privacy = .none }) { h in
            #expect(try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.prompt)).status == 200)
            let id = try #require(try await h.lastCall(count: 1)["id"]?.stringValue)
            let json = try JSONParser.parse(try await h.fetch(HTTPClientRequest(url: h.adminBase + "/v1/calls/" + id)).body)
            #expect(json["input"]?.arrayValue?.isEmpty == true && json["output"]?.arrayValue?.isEmpty == true)
        }
    }

    /// The page is open (it holds no data); what it reads and the acknowledge button need the token.
    @Test func withATokenOnlyThePageIsOpen() async throws {
        try await ProxyHarness.run(adminToken: AdminToken(Self.token)) { h in
            let page = try await Self.status(h, "/")
            let excerpt = try await Self.status(h, "/v1/calls/x")
            let ack = try await Self.status(h, "/v1/rules/prompt_injection/ack", method: .POST)
            let authorized = try await Self.status(h, "/v1/calls/x", token: Self.token)
            #expect(page == 200)
            #expect(excerpt == 401)
            #expect(ack == 401)
            #expect(authorized == 404)
        }
    }

    static func status(_ h: ProxyHarness, _ path: String, method: HTTPMethod = .GET, token: String? = nil) async throws -> Int {
        var request = HTTPClientRequest(url: h.adminBase + path)
        request.method = method
        if let token { request.headers.add(name: "authorization", value: "Bearer " + token) }
        return try await h.fetch(request).status
    }
}
