import DatadogExport
import GeminiWire
import ProxyConfig
import ProxyCore
import ProxyTesting
import Testing

/// Every proxied call reaches the Agent as DogStatsD metrics with exact token counts and only
/// low-cardinality tags.
@Suite("Metrics", .timeLimit(.minutes(1)))
struct MetricsTests {
    @Test func callsBecomeMetricsWithExactTokens() async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(
            endpoint: .udp(host: "127.0.0.1", port: capture.port), globalTags: ["env:test"], flushInterval: .milliseconds(50)
        )
        try await ProxyHarness.run(dogStatsD: statsd, configure: { $0.serviceName = "chatbotservice" }) { h in
            let path = "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
            let direct = try await h.fetch(h.post(h.mockBase + path, body: TransparencyTests.prompt))
            var decoder = ResponseDecoder(dialect: .geminiAPI, format: .sse, contentEncoding: nil)
            decoder.feed(direct.body)
            let usage = try #require(decoder.finish().usage)

            _ = try await h.fetch(h.post(h.proxyBase + path, body: TransparencyTests.prompt, headers: [("x-session-id", "sess-123")]))
            let tags = "#api:gemini_api,llm_service:chatbotservice,model:gemini-2.5-flash,operation:streamGenerateContent,status_class:2xx,stream:true,env:test"
            let lines = try await capture.wait { $0.contains { $0.hasPrefix("llm.tokens.input:") } }
            #expect(lines.contains("llm.request.count:1|c|" + tags))
            #expect(lines.contains("llm.tokens.input:\(usage.promptTokens)|d|" + tags))
            #expect(lines.contains("llm.tokens.output:\(usage.candidatesTokens)|d|" + tags))
            #expect(lines.contains { $0.hasPrefix("llm.request.duration:") && $0.hasSuffix("|d|" + tags) })
            #expect(lines.contains { $0.hasPrefix("llm.time_to_first_token:") && $0.hasSuffix("|d|" + tags) })
            #expect(lines.contains { $0.hasPrefix("llm.response.length_chars:") })
            #expect(!lines.contains { $0.hasPrefix("llm.request.errors") })
            #expect(!lines.joined().contains("sess-123"), "session ids never become tags")
        }
        try await capture.stop()
    }

    @Test func errorsAreCountedWithTheirOutcome() async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: capture.port), flushInterval: .milliseconds(50))
        try await ProxyHarness.run(dogStatsD: statsd) { h in
            let path = "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash:generateContent"
            _ = try await h.fetch(h.post(h.proxyBase + path, body: TransparencyTests.prompt, headers: [("x-mock-behavior", "error_rate=1,error_status=503")]))
            let lines = try await capture.wait { $0.contains { $0.hasPrefix("llm.request.errors:") } }
            #expect(lines.contains { $0.hasPrefix("llm.request.errors:1|c|") && $0.contains("outcome:upstream_error") && $0.contains("status_class:5xx") && $0.contains("api:vertex") })
            #expect(!lines.contains { $0.hasPrefix("llm.tokens.input:") }, "no usage, no token metric (never a zero)")
        }
        try await capture.stop()
    }

    @Test func upstreamConnectivityIsAServiceCheck() async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: capture.port), flushInterval: .milliseconds(50))
        let closed = try ClosedPort()
        defer { closed.release() }
        let closedPort = closed.port
        try await ProxyHarness.run(upstream: "http://127.0.0.1:\(closedPort)", dogStatsD: statsd, configure: { $0.upstream.timeouts.connect = .milliseconds(300) }) { h in
            _ = try await h.fetch(h.post(h.proxyBase + FaultTests.path, body: TransparencyTests.prompt))
            let lines = try await capture.wait { $0.contains { $0.hasPrefix("_sc|outrigger.upstream.can_connect|2|") } }
            #expect(lines.contains { $0.hasPrefix("_sc|outrigger.upstream.can_connect|2|#upstream:127.0.0.1:\(closedPort),") && $0.contains("|m:") })
        }
        try await capture.stop()
    }

    @Test func anAgentThatIsDownChangesNothingForTraffic() async throws {
        // Nothing listens on this port: datagrams fail or vanish; calls must still succeed.
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: 9), flushInterval: .milliseconds(20))
        try await ProxyHarness.run(dogStatsD: statsd) { h in
            for _ in 0..<20 {
                let r = try await h.fetch(h.post(h.proxyBase + FaultTests.path, body: TransparencyTests.prompt))
                #expect(r.status == 200)
            }
        }
    }
}
