import AsyncHTTPClient
import GeminiWire
import JSON
import NIOCore
import MockGemini
import NIOHTTP1
import ProxyConfig
import ProxyCore
import ProxyTesting
import Testing

/// The proxy relays bodies, statuses and end-to-end headers byte for byte, and counts exactly
/// the tokens the upstream reported.
@Suite("Transparency", .timeLimit(.minutes(2)))
struct TransparencyTests {
    static let prompt = #"{"contents":[{"role":"user","parts":[{"text":"Customer message: a gift for a coffee lover? Café ☕ 日本語"}]}]}"#

    struct Case: Sendable, CustomTestStringConvertible {
        var path: String
        var dialect: String
        var operation: String
        var format: String
        var testDescription: String { "\(dialect) \(operation) \(format)" }
    }

    static let cases: [Case] = [
        Case(path: "/v1beta/models/gemini-2.5-flash:generateContent", dialect: "gemini_api", operation: "generateContent", format: "unary"),
        Case(path: "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", dialect: "gemini_api", operation: "streamGenerateContent", format: "sse"),
        Case(path: "/v1beta/models/gemini-2.5-flash:streamGenerateContent", dialect: "gemini_api", operation: "streamGenerateContent", format: "json_array"),
        Case(path: "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001:generateContent", dialect: "vertex", operation: "generateContent", format: "unary"),
        Case(path: "/v1beta1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash:streamGenerateContent?alt=sse", dialect: "vertex", operation: "streamGenerateContent", format: "sse"),
        Case(path: "/v1/projects/p/locations/europe-west4/publishers/google/models/gemini-2.0-flash-001:streamGenerateContent?%24alt=json%3Benum-encoding%3Dint", dialect: "vertex", operation: "streamGenerateContent", format: "json_array"),
        Case(path: "/v1beta1/publishers/google/models/gemini-2.5-flash:generateContent", dialect: "vertex", operation: "generateContent", format: "unary"),
    ]

    @Test(arguments: cases)
    func bodyAndTokensPassExactly(_ c: Case) async throws {
        try await ProxyHarness.run(behavior: try .init().applying("chunks=5")) { h in
            let direct = try await h.fetch(h.post(h.mockBase + c.path, body: Self.prompt))
            let proxied = try await h.fetch(h.post(h.proxyBase + c.path, body: Self.prompt, headers: [("x-goog-api-key", "k")]))
            #expect(direct.status == 200)
            #expect(proxied.status == direct.status)
            #expect(proxied.body == direct.body, "body must be byte-identical")
            #expect(proxied.headers.first(name: "content-type") == direct.headers.first(name: "content-type"))

            let call = try await h.lastCall(count: 1)
            #expect(call["dialect"]?.stringValue == c.dialect)
            #expect(call["operation"]?.stringValue == c.operation)
            #expect(call["stream_format"]?.stringValue == c.format)
            #expect(call["outcome"]?.stringValue == "ok")
            #expect(call["response_bytes"]?.intValue == direct.body.count)

            // Decode the direct response independently and compare token counts.
            var decoder = ResponseDecoder(dialect: c.dialect == "vertex" ? .vertex : .geminiAPI, format: .init(rawValue: c.format)!, contentEncoding: nil)
            decoder.feed(direct.body)
            let expected = try #require(decoder.finish().usage)
            #expect(expected.promptTokens > 0)
            #expect(call["usage"]?["input"]?.intValue == expected.promptTokens)
            #expect(call["usage"]?["output"]?.intValue == expected.candidatesTokens)
            #expect(call["usage"]?["total"]?.intValue == expected.totalTokens)
        }
    }

    @Test(arguments: [
        "/v1beta/models/gemini-2.5-flash:generateContent",
        "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001:streamGenerateContent?%24alt=json%3Benum-encoding%3Dint",
    ])
    func gzipBodiesPassCompressedAndAreDecodedForCounting(_ path: String) async throws {
        try await ProxyHarness.run(behavior: try .init().applying("chunks=5")) { h in
            let headers = [("accept-encoding", "gzip, deflate")]
            let direct = try await h.fetch(h.post(h.mockBase + path, body: Self.prompt, headers: headers))
            let proxied = try await h.fetch(h.post(h.proxyBase + path, body: Self.prompt, headers: headers))
            #expect(direct.headers.first(name: "content-encoding") == "gzip")
            #expect(proxied.headers.first(name: "content-encoding") == "gzip")
            #expect(proxied.body == direct.body, "compressed bytes pass untouched")
            let route = RouteClassifier.classify(path)
            var decoder = ResponseDecoder(dialect: route.dialect, format: route.streamFormat, contentEncoding: "gzip")
            decoder.feed(direct.body)
            let expected = try #require(decoder.finish().usage)
            let call = try await h.lastCall(count: 1)
            #expect(call["unparsed"]?.boolValue == false)
            #expect(call["usage"]?["input"]?.intValue == expected.promptTokens)
            #expect(call["usage"]?["output"]?.intValue == expected.candidatesTokens)
        }
    }

    @Test func countTokensIsCounted() async throws {
        try await ProxyHarness.run { h in
            let path = "/v1beta/models/gemini-2.5-flash:countTokens"
            let direct = try await h.fetch(h.post(h.mockBase + path, body: Self.prompt))
            let proxied = try await h.fetch(h.post(h.proxyBase + path, body: Self.prompt))
            #expect(proxied.body == direct.body)
            let total = try JSONParser.parse(direct.body)["totalTokens"]?.intValue
            let call = try await h.lastCall(count: 1)
            #expect(call["operation"]?.stringValue == "countTokens")
            #expect(call["counted_tokens"]?.intValue == total)
        }
    }

    @Test func unknownPathsPassThroughAsOther() async throws {
        try await ProxyHarness.run { h in
            let direct = try await h.fetch(h.post(h.mockBase + "/v1/operations/xyz", body: "{}"))
            let proxied = try await h.fetch(h.post(h.proxyBase + "/v1/operations/xyz", body: "{}"))
            #expect(proxied.status == direct.status)
            #expect(proxied.body == direct.body)
            let call = try await h.lastCall(count: 1)
            #expect(call["dialect"]?.stringValue == "other")
        }
    }

    @Test func upstreamErrorStatusesPassUnchanged() async throws {
        try await ProxyHarness.run { h in
            let path = "/v1beta/models/gemini-2.5-flash:generateContent"
            let headers = [("x-mock-behavior", "error_rate=1,error_status=429")]
            let direct = try await h.fetch(h.post(h.mockBase + path, body: Self.prompt, headers: headers))
            let proxied = try await h.fetch(h.post(h.proxyBase + path, body: Self.prompt, headers: headers))
            #expect(proxied.status == 429)
            #expect(proxied.body == direct.body)
            #expect(proxied.headers.first(name: "x-outrigger-error") == nil, "upstream errors carry no proxy marker")
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "upstream_error")
        }
    }

    @Test func malformedJSONIsForwardedAndRecordedUnparsed() async throws {
        try await ProxyHarness.run { h in
            let path = "/v1beta/models/gemini-2.5-flash:generateContent"
            let proxied = try await h.fetch(h.post(h.proxyBase + path, body: #"{"contents": [ oops"#))
            #expect(proxied.status == 400, "the mock (like Google) rejects it; the proxy still forwarded it")
            let call = try await h.lastCall(count: 1)
            #expect(call["unparsed"]?.boolValue == true)
        }
    }

    @Test func midStreamErrorIsRelayedAndRecorded() async throws {
        try await ProxyHarness.run { h in
            let path = "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
            let headers = [("x-mock-behavior", "midstream_error=1,chunks=6")]
            let direct = try await h.fetch(h.post(h.mockBase + path, body: Self.prompt, headers: headers))
            let proxied = try await h.fetch(h.post(h.proxyBase + path, body: Self.prompt, headers: headers))
            #expect(proxied.body == direct.body)
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "stream_error")
            #expect(call["error"]?.stringValue?.contains("UNAVAILABLE") == true)
        }
    }
}
