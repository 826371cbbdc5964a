import DatadogExport
import ProxyConfig
import ProxyCore
@testable import ProxyServer
import Testing

@Suite("APM spans from call records")
struct CallTracesTests {
    static let configuration = TraceWriterConfiguration(agentURL: "http://127.0.0.1:8126", service: "outrigger", env: "test")

    static func record(outcome: CallOutcome, status: Int) -> CallRecord {
        var record = CallRecord(
            id: "1", startedAt: 1_795_931_374.5, dialect: .vertex, operation: .generateContent, model: "gemini-2.5-flash",
            apiVersion: "v1", streamFormat: .unary, status: status, outcome: outcome, duration: .milliseconds(120),
            timeToFirstByte: .milliseconds(80), requestBytes: 10, responseBytes: 20, requestUnparsed: false, response: nil,
            errorMessage: outcome == .ok ? nil : "Outrigger: upstream unreachable"
        )
        record.redactedTarget = "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash:generateContent?key=REDACTED"
        return record
    }

    @Test func errorSpansCarryTypeAndMessage() {
        let trace = TraceContext(traceIDHigh: 0x6b0b_bcee_0000_0000, traceIDLow: 42, parentID: 7, spanID: 9, samplingPriority: 2)
        var record = Self.record(outcome: .connectFailed, status: 502)
        record.samplingPriority = 2
        let span = CallTraces.span(for: record, trace: trace, configuration: Self.configuration, llmService: "chatbot")
        #expect(span.error)
        #expect(span.meta["error.type"] == "connect_failed")
        #expect(span.meta["error.message"] == "Outrigger: upstream unreachable")
        #expect(span.meta["http.status_code"] == "502")
        #expect(span.meta["_dd.p.tid"] == "6b0bbcee00000000")
        #expect(span.meta["gen_ai.provider.name"] == "gcp.vertex_ai")
        #expect(span.metrics["_sampling_priority_v1"] == 2)
        #expect(span.start == 1_795_931_374_500_000_000)
        #expect(span.duration == 120_000_000)
        #expect(span.traceID == 42 && span.parentID == 7 && span.spanID == 9)
    }

    @Test func aClientThatLeftIsNotAnErrorSpan() {
        let trace = TraceContext(traceIDHigh: 0, traceIDLow: 1, parentID: 0, spanID: 2)
        let span = CallTraces.span(for: Self.record(outcome: .clientDisconnected, status: 200), trace: trace, configuration: Self.configuration, llmService: "x")
        #expect(!span.error)
        #expect(span.meta["llm.outcome"] == "client_disconnected")
    }

    @Test func agentRatesDecideKeepOrDropDeterministically() {
        let sampler = AgentSampler()
        #expect(sampler.priority(traceIDLow: 12345, service: "outrigger", env: "test").priority == 1, "no rates yet: keep")
        sampler.update(["service:outrigger,env:test": 0, "service:,env:": 1])
        #expect(sampler.priority(traceIDLow: 12345, service: "outrigger", env: "test").priority == 0)
        #expect(sampler.priority(traceIDLow: 12345, service: "other", env: "test").priority == 1, "default key")
        sampler.update(["service:outrigger,env:test": 0.5])
        let kept = (1...10_000).filter { sampler.priority(traceIDLow: UInt64($0) &* 0x9E37_79B9_7F4A_7C15, service: "outrigger", env: "test").priority == 1 }
        #expect((4_500...5_500).contains(kept.count), "about half kept at rate 0.5, got \(kept.count)")
    }
}

@Suite("Message content policy")
struct MessageContentPolicyTests {
    static let messages = [
        PromptMessage(
            role: "assistant", content: "Call +1 415 555 0100",
            toolCalls: [PromptToolCall(name: "notify", json: #"{"email":"jane@example.com","n":2}"#)],
            toolResults: [PromptToolCall(name: "lookup", json: "not json jane@example.com")]
        ),
    ]

    @Test func redactedMasksTextAndToolJSONAndKeepsJSONValid() throws {
        let policy = MessageContentPolicy(privacy: .redacted, redact: PIIRedaction.redact)
        let out = try #require(policy.apply(Self.messages))
        #expect(out[0].content == "Call [PHONE]")
        #expect(out[0].toolCalls[0].json == #"{"email":"[EMAIL]","n":2}"#)
        #expect(out[0].toolResults[0].json == #""not json [EMAIL]""#)
    }

    @Test func noneAndFull() {
        #expect(MessageContentPolicy(privacy: .none, redact: PIIRedaction.redact).apply(Self.messages) == nil)
        #expect(MessageContentPolicy(privacy: .full, redact: PIIRedaction.redact).apply(Self.messages) == Self.messages)
    }
}
