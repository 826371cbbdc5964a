import AsyncHTTPClient
import GeminiWire
import JSON
import NIOCore
import NIOPosix
import MockGemini
import NIOHTTP1
import ProxyConfig
import ProxyCore
import ProxyTesting
import Testing

/// Each fault gets a clear Google-style error (or an honest connection close mid-stream),
/// and the proxy keeps serving afterwards.
@Suite("Faults", .timeLimit(.minutes(2)))
struct FaultTests {
    static let path = "/v1beta/models/gemini-2.5-flash:generateContent"
    static let streamPath = "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
    static let prompt = TransparencyTests.prompt

    /// After a fault, a normal call still works.
    static func expectStillServing(_ h: ProxyHarness) async throws {
        let ok = try await h.fetch(h.post(h.proxyBase + path, body: prompt))
        #expect(ok.status == 200)
    }

    @Test func oversizedBodyGets413WithoutCallingUpstream() async throws {
        try await ProxyHarness.run(configure: { $0.limits.maxRequestBodyBytes = 4096 }) { h in
            let big = #"{"contents":[{"parts":[{"text":""# + String(repeating: "x", count: 10_000) + #""}]}]}"#
            let response = try await h.fetch(h.post(h.proxyBase + Self.path, body: big))
            #expect(response.status == 413)
            #expect(response.headers.first(name: "x-outrigger-error") == "request_too_large")
            let error = try JSONParser.parse(response.body)["error"]
            #expect(error?["code"]?.intValue == 413)
            #expect(error?["message"]?.stringValue?.contains("limits.max_request_body") == true)
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "too_large")
            try await Self.expectStillServing(h)
        }
    }

    @Test func refusedUpstreamGives502() async throws {
        let closed = try ClosedPort()
        defer { closed.release() }
        let closedPort = closed.port
        try await ProxyHarness.run(upstream: "http://127.0.0.1:\(closedPort)") { h in
            let response = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.prompt))
            #expect(response.status == 502)
            let error = try JSONParser.parse(response.body)["error"]
            #expect(error?["status"]?.stringValue == "UNAVAILABLE")
            #expect(error?["message"]?.stringValue?.contains("unreachable") == true)
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "connect_failed")
        }
    }

    @Test func stalledUpstreamGives504AtFirstByteTimeout() async throws {
        try await ProxyHarness.run(
            behavior: try .init().applying("latency=3s"),
            configure: { $0.upstream.timeouts.firstByte = .milliseconds(200) }
        ) { h in
            let start = ContinuousClock.now
            let response = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.prompt))
            #expect(response.status == 504)
            #expect(ContinuousClock.now - start < .seconds(2))
            let error = try JSONParser.parse(response.body)["error"]
            #expect(error?["status"]?.stringValue == "DEADLINE_EXCEEDED")
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "timeout")
        }
    }

    @Test func upstreamStallingMidStreamIsCutAtIdleTimeout() async throws {
        try await ProxyHarness.run(
            behavior: try .init().applying("chunks=4,interval=6s"),
            // Generous enough for the first chunk on a loaded machine (a parallel run of every
            // suite beside compiles), far short of the 6 s stall.
            configure: { $0.upstream.timeouts.idle = .milliseconds(1_500) }
        ) { h in
            let start = ContinuousClock.now
            let response = try await h.client.execute(h.post(h.proxyBase + Self.streamPath, body: Self.prompt), timeout: .seconds(10))
            #expect(response.status == .ok)
            var received = 0
            var cut = false
            do {
                for try await chunk in response.body { received += chunk.readableBytes }
            } catch {
                cut = true
            }
            #expect(cut, "the client must see the stream end abnormally, not as complete")
            #expect(received > 0, "the first chunk was relayed before the stall")
            #expect(ContinuousClock.now - start < .seconds(5), "cut by the idle timeout, before the next chunk (6 s) would have come")
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "timeout")
            try await Self.expectStillServing(h)
        }
    }

    @Test func resettingUpstreamGives502() async throws {
        let reset = try await ResettingServer.start()
        try await ProxyHarness.run(upstream: "http://127.0.0.1:\(reset.port)") { h in
            let response = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.prompt))
            #expect(response.status == 502)
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "connect_failed")
        }
        try await reset.stop()
    }

    @Test func clientDisconnectCancelsTheStream() async throws {
        try await ProxyHarness.run(behavior: try .init().applying("chunks=50,interval=100ms")) { h in
            let response = try await h.client.execute(h.post(h.proxyBase + Self.streamPath, body: Self.prompt), timeout: .seconds(10))
            var iterator = response.body.makeAsyncIterator()
            _ = try await iterator.next()
            // Dropping the iterator after one chunk makes the client close the connection.
            _ = consume iterator
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "client_disconnected")
            #expect((call["duration_ms"]?.doubleValue ?? 10_000) < 3500, "the relay stopped well before the 5 s stream ended")
            try await Self.expectStillServing(h)
        }
    }

    @Test func credentialsNeverReachLogs() async throws {
        let closed = try ClosedPort()
        defer { closed.release() }
        let closedPort = closed.port
        try await ProxyHarness.run(upstream: "http://127.0.0.1:\(closedPort)") { h in
            let secretPath = Self.path + "?key=AIzaSECRETQUERYKEY123"
            _ = try await h.fetch(
                h.post(
                    h.proxyBase + secretPath, body: Self.prompt,
                    headers: [("x-goog-api-key", "AIzaSECRETHEADERKEY"), ("authorization", "Bearer ya29.SECRETTOKEN")]
                )
            )
            _ = try await h.lastCall(count: 1)
            let logs = h.logs.all.joined(separator: "\n")
            #expect(!logs.isEmpty, "the failure must have been logged")
            for secret in ["SECRETQUERYKEY", "SECRETHEADERKEY", "SECRETTOKEN"] {
                #expect(!logs.contains(secret), "\(secret) leaked into logs")
            }
        }
    }
}
