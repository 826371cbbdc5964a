import AsyncHTTPClient
import DatadogExport
import Foundation
import GeminiWire
import HTTPTypes
import JSON
import MockGemini
import ProxyConfig
import ProxyCore
import ProxyTesting
import Synchronization
import Testing

/// LLM Observability spans and APM spans reach a recording Agent; a slow or failing Agent costs
/// traffic nothing, and what cannot be sent is counted.
@Suite("LLM Observability export", .timeLimit(.minutes(2)))
struct LLMObsExportTests {
    static let path = "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent?key=SECRET-KEY-123"
    static let body = #"{"systemInstruction":{"parts":[{"text":"You are the shop assistant."}]},"contents":[{"role":"user","parts":[{"text":"Do you sell mugs? Mail me at jane.doe@example.com"}]}],"generationConfig":{"temperature":0.3,"maxOutputTokens":256}}"#
    static let traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"

    static func llmObs(_ base: String, capacity: Int = 1000, attempts: Int = 3) -> LLMObsWriterConfiguration {
        LLMObsWriterConfiguration(agentURL: base, mlApp: "shop", flushInterval: .milliseconds(50), queueCapacity: capacity, maxAttempts: attempts)
    }

    static func traces(_ base: String) -> TraceWriterConfiguration {
        TraceWriterConfiguration(agentURL: base, service: "outrigger", env: "test", flushInterval: .milliseconds(50))
    }

    /// Waits until the agent has recorded `count` requests on `path`.
    static func wait(for agent: RecordingAgent, path: String, count: Int = 1) async throws -> [RecordingAgent.Request] {
        for _ in 0..<300 {
            let requests = agent.recorded(path: path)
            if requests.count >= count { return requests }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw HarnessError(message: "the agent never received \(count) request(s) on \(path)")
    }

    static func spans(_ requests: [RecordingAgent.Request]) throws -> [[String: Any]] {
        try requests.flatMap { request -> [[String: Any]] in
            let envelopes = try #require(try JSONSerialization.jsonObject(with: Data(request.body)) as? [[String: Any]], "the body is a JSON array")
            return envelopes.flatMap { ($0["spans"] as? [[String: Any]]) ?? [] }
        }
    }

    @Test func aCallBecomesOneSpanWithExactTokensAndNoCredential() async throws {
        let agent = RecordingAgent()
        try await agent.run { base in
            try await ProxyHarness.run(traces: Self.traces(base), llmObs: Self.llmObs(base), configure: { $0.serviceName = "chatbotservice" }) { h in
                let direct = try await h.fetch(h.post(h.mockBase + Self.path, body: Self.body))
                var decoder = ResponseDecoder(dialect: .vertex, format: .unary, contentEncoding: nil)
                decoder.feed(direct.body)
                let expected = decoder.finish()
                let usage = try #require(expected.usage)

                let response = try await h.fetch(
                    h.post(h.proxyBase + Self.path, body: Self.body, headers: [
                        ("traceparent", Self.traceparent), ("x-session-id", "sess-42"), ("x-goog-api-key", "SECRET-KEY-123"),
                    ])
                )
                #expect(response.status == 200)
                let requests = try await Self.wait(for: agent, path: LLMObsWriterConfiguration.spansPath)
                #expect(requests.count == 1)
                let request = try #require(requests.first)
                #expect(request.method == "POST")
                #expect(request.headers[.init("X-Datadog-EVP-Subdomain")!] == "llmobs-intake")
                #expect(request.headers[.contentType] == "application/json")
                #expect(request.body.count <= 5 << 20)
                let span = try #require(try Self.spans(requests).first)
                let traceID = try #require(span["trace_id"] as? String)
                #expect(traceID.count == 32 && traceID.allSatisfy(\.isHexDigit) && traceID == traceID.lowercased())
                let spanID = try #require(span["span_id"] as? String)
                #expect(UInt64(spanID) != nil, "decimal span id")
                #expect(span["parent_id"] as? String == "undefined")
                #expect(span["session_id"] as? String == "sess-42")
                #expect(span["name"] as? String == "vertex.generateContent")
                #expect((span["_dd"] as? [String: String])?["apm_trace_id"] == "0af7651916cd43dd8448eb211c80319c")
                let meta = try #require(span["meta"] as? [String: Any])
                #expect(meta["model_name"] as? String == "gemini-2.5-flash" && meta["model_provider"] as? String == "google")
                let input = try #require((meta["input"] as? [String: Any])?["messages"] as? [[String: String]])
                #expect(input.map { $0["role"] } == ["system", "user"])
                #expect(input[1]["content"] == "Do you sell mugs? Mail me at [EMAIL]", "privacy redacted is the default")
                let output = try #require((meta["output"] as? [String: Any])?["messages"] as? [[String: Any]])
                #expect(output.first?["content"] as? String == expected.text)
                #expect((meta["metadata"] as? [String: Double])?["temperature"] == 0.3)
                let metrics = try #require(span["metrics"] as? [String: Int])
                #expect(metrics["input_tokens"] == usage.promptTokens)
                #expect(metrics["output_tokens"] == usage.candidatesTokens + usage.thoughtsTokens)
                #expect(metrics["total_tokens"] == usage.totalTokens)
                let tags = try #require(span["tags"] as? [String])
                #expect(tags.contains("ml_app:shop") && tags.contains("session_id:sess-42") && tags.contains("llm_service:chatbotservice"))

                _ = try await Self.wait(for: agent, path: "/v0.4/traces")
                for recorded in agent.requests.withLock({ $0 }) {
                    #expect(!recorded.text.contains("jane.doe@example.com"), "no PII in \(recorded.path)")
                    #expect(!recorded.text.contains("SECRET-KEY-123"), "no credential in \(recorded.path)")
                    #expect(!recorded.headers.contains { $0.value.contains("SECRET-KEY-123") })
                }
            }
        }
    }

    @Test func privacyNoneSendsNoMessageText() async throws {
        let agent = RecordingAgent()
        try await agent.run { base in
            try await ProxyHarness.run(llmObs: Self.llmObs(base), configure: { $0.datadog.llmobs.privacy = .none }) { h in
                _ = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body))
                let span = try #require(try Self.spans(try await Self.wait(for: agent, path: LLMObsWriterConfiguration.spansPath)).first)
                let meta = try #require(span["meta"] as? [String: Any])
                #expect(meta["input"] == nil && meta["output"] == nil)
                #expect((span["metrics"] as? [String: Int])?["input_tokens"] != nil)
                #expect(!agent.requests.withLock { $0 }.contains { $0.text.contains("mugs") })
            }
        }
    }

    @Test func privacyFullKeepsTheText() async throws {
        let agent = RecordingAgent()
        try await agent.run { base in
            try await ProxyHarness.run(llmObs: Self.llmObs(base), configure: { $0.datadog.llmobs.privacy = .full }) { h in
                _ = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body))
                let span = try #require(try Self.spans(try await Self.wait(for: agent, path: LLMObsWriterConfiguration.spansPath)).first)
                let input = try #require(((span["meta"] as? [String: Any])?["input"] as? [String: Any])?["messages"] as? [[String: String]])
                #expect(input.last?["content"] == "Do you sell mugs? Mail me at jane.doe@example.com")
            }
        }
    }

    @Test func aCallerLLMObsParentIsKept() async throws {
        let agent = RecordingAgent()
        try await agent.run { base in
            try await ProxyHarness.run(llmObs: Self.llmObs(base)) { h in
                _ = try await h.fetch(
                    h.post(h.proxyBase + Self.path, body: Self.body, headers: [
                        ("x-datadog-trace-id", "1234"), ("x-datadog-parent-id", "5678"), ("x-datadog-sampling-priority", "1"),
                        ("x-datadog-tags", "_dd.p.llmobs_parent_id=999,_dd.p.llmobs_trace_id=141393847380800662846519802803680448779,_dd.p.llmobs_ml_app=assistant"),
                    ])
                )
                let span = try #require(try Self.spans(try await Self.wait(for: agent, path: LLMObsWriterConfiguration.spansPath)).first)
                #expect(span["parent_id"] as? String == "999")
                #expect(span["trace_id"] as? String == "6a5f76e7000000001973227978d8110b")
                #expect((span["tags"] as? [String])?.contains("ml_app:assistant") == true)
            }
        }
    }

    @Test func aHungAgentCostsTrafficNothing() async throws {
        // The agent holds every request for 3 s. Were export on the request path, 10 calls would take 30 s.
        let agent = RecordingAgent(otherwise: .delay(.seconds(3)))
        try await agent.run { base in
            try await ProxyHarness.run(traces: Self.traces(base), llmObs: Self.llmObs(base, attempts: 1)) { h in
                // One call first: connections to the proxy and the mock are opened outside the timed
                // part, and its telemetry already has the agent hanging when the timed calls start.
                let warmUp = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body))
                #expect(warmUp.status == 200)
                // Were export on the request path, every call would take at least the agent's 3 s; the
                // median call is compared with half of that, so a loaded machine slowing a few calls
                // (debug build, tests in parallel on 2 cores) does not fail the test.
                var durations: [Duration] = []
                for _ in 0..<10 {
                    let start = ContinuousClock.now
                    let response = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body))
                    durations.append(ContinuousClock.now - start)
                    #expect(response.status == 200)
                }
                durations.sort()
                #expect(durations[durations.count / 2] < .milliseconds(1_500), "calls while the agent hangs took \(durations)")
            }
        }
    }

    @Test(arguments: [503, 429])
    func agentErrorsAreRetriedThenCountedAsDropped(status: Int) async throws {
        let agent = RecordingAgent(otherwise: .status(status))
        try await agent.run { base in
            // Spans only (no quality or grounding evaluations), so every drop below is a span's.
            try await ProxyHarness.run(llmObs: Self.llmObs(base, attempts: 2), configure: { $0.catalog.checks = false }) { h in
                for _ in 0..<3 {
                    #expect(try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body)).status == 200)
                }
                var exporter: JSONValue?
                for _ in 0..<200 {
                    let status = try JSONParser.parse(try await h.fetch(.init(url: h.adminBase + "/v1/status")).body)
                    exporter = status["exporters"]?["llmobs"]
                    if exporter?["details"]?["dropped_spans"]?.intValue == 3 { break }
                    try await Task.sleep(for: .milliseconds(20))
                }
                #expect(exporter?["details"]?["dropped_spans"]?.intValue == 3)
                #expect(exporter?["dropped"]?.intValue == 3, "nothing else was queued")
                #expect(exporter?["sent"]?.intValue == 0)
                #expect(exporter?["last_error"]?.stringValue?.contains(String(status)) == true)
                let attempts = agent.recorded(path: LLMObsWriterConfiguration.spansPath).count
                #expect(attempts >= 2 && attempts % 2 == 0, "two attempts per payload, got \(attempts)")
            }
        }
    }

    @Test func theQueueIsBoundedAndDropsAreCounted() async throws {
        let agent = RecordingAgent(otherwise: .delay(.seconds(2)))
        try await agent.run { base in
            var configuration = Self.llmObs(base, capacity: 2, attempts: 1)
            configuration.flushInterval = .seconds(30)
            // Spans only: no quality or grounding evaluations in the queue.
            try await ProxyHarness.run(llmObs: configuration, configure: { $0.catalog.checks = false }) { h in
                for _ in 0..<8 { _ = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body)) }
                var exporter: JSONValue?
                for _ in 0..<200 {
                    exporter = try JSONParser.parse(try await h.fetch(.init(url: h.adminBase + "/v1/status")).body)["exporters"]?["llmobs"]
                    if (exporter?["dropped"]?.intValue ?? 0) + (exporter?["queue_depth"]?.intValue ?? 0) == 8 { break }
                    try await Task.sleep(for: .milliseconds(20))
                }
                let queued = try #require(exporter?["queue_depth"]?.intValue)
                #expect(queued <= 4, "intake and pending hold 2 each at most")
                #expect((exporter?["dropped"]?.intValue ?? 0) + queued == 8)
            }
        }
    }

    @Test func tracesGoOverAUnixSocket() async throws {
        let path = "/tmp/outrigger-apm-\(UInt32.random(in: 0...UInt32.max)).sock"
        defer { unlink(path) }
        let agent = RecordingAgent()
        try await agent.run(socketPath: path) { base in
            #expect(base.hasPrefix("http+unix://"))
            try await ProxyHarness.run(traces: Self.traces(base), llmObs: Self.llmObs(base)) { h in
                _ = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body))
                let traces = try await Self.wait(for: agent, path: "/v0.4/traces")
                #expect(traces.first?.headers[.contentType] == "application/msgpack")
                _ = try await Self.wait(for: agent, path: LLMObsWriterConfiguration.spansPath)
            }
        }
    }
}
