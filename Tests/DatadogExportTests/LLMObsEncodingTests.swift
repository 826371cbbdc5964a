@testable import DatadogExport
import Foundation
import ProxyCore
import Testing

@Suite("LLM Observability span and evaluation encoding")
struct LLMObsEncodingTests {
    static func span(input: String = "What is 2+2?", parent: UInt64? = nil, error: (String, String)? = nil) -> LLMObsSpan {
        LLMObsSpan(
            traceID: "6b0bbcee00000000054dc0ccdf9c6c2a", spanID: 18_252_868_352_310_787_733, parentID: parent,
            name: "vertex.generateContent", startNanos: 1_795_931_374_690_612_358, durationNanos: 120_668, sessionID: "sess-123",
            modelName: "gemini-2.0-flash", modelProvider: "google",
            input: [PromptMessage(role: "system", content: "be brief"), PromptMessage(role: "user", content: input)],
            output: [PromptMessage(role: "assistant", content: "4", toolCalls: [PromptToolCall(name: "f", json: #"{"x":1}"#)])],
            metadata: [("temperature", 0.2), ("max_tokens", 64)], metrics: [("input_tokens", 12), ("output_tokens", 1), ("total_tokens", 13)],
            tags: ["ml_app:llm-proxy", "session_id:sess-123"], apmTraceID: "6b0bbcee000000003a2f2fc88adbddd9", error: error
        )
    }

    static func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func theEnvelopeHasTheFieldsTheIntakeNeeds() throws {
        let (bytes, dropped) = Self.span().encodeEnvelope(tracerVersion: "0.1.0", maxBytes: 5_000_000)
        #expect(!dropped)
        let envelope = try Self.object(bytes)
        #expect(envelope["_dd.stage"] as? String == "raw")
        #expect(envelope["event_type"] as? String == "span")
        let span = try #require((envelope["spans"] as? [[String: Any]])?.first)
        #expect(span["trace_id"] as? String == "6b0bbcee00000000054dc0ccdf9c6c2a")
        #expect(span["span_id"] as? String == "18252868352310787733")
        #expect(span["parent_id"] as? String == "undefined")
        #expect(span["status"] as? String == "ok")
        #expect(span["session_id"] as? String == "sess-123")
        #expect((span["start_ns"] as? NSNumber)?.int64Value == 1_795_931_374_690_612_358)
        let meta = try #require(span["meta"] as? [String: Any])
        #expect((meta["span"] as? [String: String])?["kind"] == "llm")
        #expect(meta["model_name"] as? String == "gemini-2.0-flash")
        let input = try #require((meta["input"] as? [String: Any])?["messages"] as? [[String: Any]])
        #expect(input.map { $0["role"] as? String } == ["system", "user"])
        let output = try #require((meta["output"] as? [String: Any])?["messages"] as? [[String: Any]])
        let call = try #require((output[0]["tool_calls"] as? [[String: Any]])?.first)
        #expect(call["name"] as? String == "f" && (call["arguments"] as? [String: Int])?["x"] == 1)
        #expect((meta["metadata"] as? [String: Double])?["temperature"] == 0.2)
        #expect((span["metrics"] as? [String: Int])?["total_tokens"] == 13)
        let dd = try #require(span["_dd"] as? [String: String])
        #expect(dd["apm_trace_id"] == "6b0bbcee000000003a2f2fc88adbddd9" && dd["span_id"] == "18252868352310787733")
    }

    @Test func parentAndErrorAreWritten() throws {
        let (bytes, _) = Self.span(parent: 77, error: ("timeout", "upstream \"slow\"")).encodeEnvelope(tracerVersion: "x", maxBytes: 1 << 20)
        let span = try #require((try Self.object(bytes)["spans"] as? [[String: Any]])?.first)
        #expect(span["parent_id"] as? String == "77")
        #expect(span["status"] as? String == "error")
        let error = try #require((span["meta"] as? [String: Any])?["error"] as? [String: String])
        #expect(error == ["type": "timeout", "message": "upstream \"slow\""])
    }

    @Test func anOversizedSpanLosesItsInputAndOutputButIsStillValid() throws {
        let big = String(repeating: "x", count: 20_000)
        let (bytes, dropped) = Self.span(input: big).encodeEnvelope(tracerVersion: "x", maxBytes: 10_000)
        #expect(dropped)
        #expect(bytes.count < 10_000)
        let span = try #require((try Self.object(bytes)["spans"] as? [[String: Any]])?.first)
        #expect(span["collection_errors"] as? [String] == ["dropped_io"])
        let meta = try #require(span["meta"] as? [String: Any])
        #expect((meta["input"] as? [String: String])?["value"] == LLMObsSpan.droppedValueText)
        #expect((span["metrics"] as? [String: Int])?["input_tokens"] == 12, "numbers survive")
    }

    @Test(arguments: [
        (LLMObsEvaluation.Value.score(0.02), "score", "score_value"),
        (.categorical("grounded"), "categorical", "categorical_value"),
        (.boolean(true), "boolean", "boolean_value"),
    ])
    func evaluationsJoinTheSpan(value: LLMObsEvaluation.Value, type: String, field: String) throws {
        let evaluation = LLMObsEvaluation(
            label: "prompt.injection", value: value, spanID: 3_134_696_729_175_430_796, traceID: "6b0bbcdb00000000d0d8a2a136d63801",
            mlApp: "shop", timestampMillis: 1_795_931_355_994, tags: ["detector:heuristic-v1"], assessment: "pass"
        )
        let body = try Self.object(Array(LLMObsEvaluation.body(metrics: [evaluation.metricJSON]).utf8))
        let data = try #require(body["data"] as? [String: Any])
        #expect(data["type"] as? String == "evaluation_metric")
        let metric = try #require(((data["attributes"] as? [String: Any])?["metrics"] as? [[String: Any]])?.first)
        #expect(metric["label"] as? String == "prompt_injection", "dots are not allowed in labels")
        #expect(metric["metric_type"] as? String == type && metric[field] != nil)
        let join = try #require((metric["join_on"] as? [String: Any])?["span"] as? [String: String])
        #expect(join == ["span_id": "3134696729175430796", "trace_id": "6b0bbcdb00000000d0d8a2a136d63801"])
        #expect(metric["tags"] as? [String] == ["detector:heuristic-v1", "ml_app:shop"])
        #expect(metric["ml_app"] as? String == "shop" && metric["assessment"] as? String == "pass")
    }

    @Test func unixSocketAgentURLsBecomeClientURLs() {
        #expect(AgentURL.resolve(environment: ["DD_TRACE_AGENT_URL": "unix:///var/run/datadog/apm.socket"]) == "http+unix://%2Fvar%2Frun%2Fdatadog%2Fapm.socket")
        #expect(AgentURL.resolve(environment: [:], socketExists: { $0 == AgentURL.defaultSocketPath }) == "http+unix://%2Fvar%2Frun%2Fdatadog%2Fapm.socket")
        #expect(AgentURL.resolve(environment: ["DD_AGENT_HOST": "10.0.0.1"], socketExists: { _ in true }) == "http://10.0.0.1:8126")
        #expect(AgentURL.resolve(environment: ["DD_AGENT_HOST": "fd00::1", "DD_TRACE_AGENT_PORT": "9126"]) == "http://[fd00::1]:9126")
        #expect(AgentURL.resolve(environment: ["DD_TRACE_AGENT_URL": "http://agent:8126/"]) == "http://agent:8126")
        #expect(AgentURL.resolve(environment: [:]) == "http://localhost:8126")
    }

    @Test func propagatedLLMObsContextIsRead() {
        let context = TraceContext(
            traceIDHigh: 0, traceIDLow: 1, parentID: 2, spanID: 3,
            propagatedTags: [
                "_dd.p.llmobs_parent_id": "12345", "_dd.p.llmobs_ml_app": "shop",
                "_dd.p.llmobs_trace_id": "141393847380800662846519802803680448779",
            ]
        )
        #expect(context.llmobsParentID == 12345)
        #expect(context.llmobsMLApp == "shop")
        #expect(context.llmobsTraceIDHex == "6a5f76e7000000001973227978d8110b")
        var hex = context
        hex.propagatedTags["_dd.p.llmobs_trace_id"] = "6A5F76E7000000001973227978D8110B"
        #expect(hex.llmobsTraceIDHex == "6a5f76e7000000001973227978d8110b")
        hex.propagatedTags["_dd.p.llmobs_trace_id"] = "not-a-number"
        #expect(hex.llmobsTraceIDHex == nil)
    }

    @Test func batchesStayWithinTheLimitAndKeepOrder() {
        let batches = LLMObsWriter.batches([40, 40, 40, 100, 10], limit: 100)
        #expect(batches.map(\.indices) == [[0, 1], [2], [3], [4]])
        #expect(batches.allSatisfy { $0.bytes <= 100 })
        #expect(LLMObsWriter.batches([], limit: 10).isEmpty)
    }

    /// A queued span holds about the bytes the queue bound counts, not the encoder's doubling slack.
    @Test func queuedSpansAreStoredTight() {
        let encoded = LLMObsEncodingTests.span(input: String(repeating: "a", count: 3_000))
            .encodeEnvelope(tracerVersion: "test", maxBytes: 1 << 20).bytes
        var loose = encoded
        loose.reserveCapacity(encoded.count * 2)
        let tight = LLMObsWriter.tight(loose)
        #expect(tight == encoded)
        #expect(tight.capacity <= encoded.count + encoded.count / 4 + 64, "capacity \(tight.capacity) for \(encoded.count) bytes")
        #expect(loose.capacity >= encoded.count * 2)
    }
}
