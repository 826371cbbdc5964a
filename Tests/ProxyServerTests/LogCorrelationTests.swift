import Logging
import ProxyCore
@testable import ProxyServer
import Testing

/// Log lines of a call carry Datadog's correlation keys; JSON lines carry the unified service tags.
@Suite struct LogCorrelationTests {
    @Test func aTracedCallsLogFieldsNameItsTraceAndSpan() {
        var call = CallProcessorBacklogTests.pending(1)
        #expect(call.logMetadata == ["id": "c1"], "no trace, no correlation keys")
        call.trace = TraceContext(traceIDHigh: 7, traceIDLow: 12_345_678_901_234_567_890, parentID: 0, spanID: 42)
        let fields = call.logMetadata(["error": "boom"])
        #expect(fields["dd.trace_id"] == "12345678901234567890")
        #expect(fields["dd.span_id"] == "42")
        #expect(fields["id"] == "c1" && fields["error"] == "boom")
    }

    @Test func jsonLinesCarryTheUnifiedServiceTags() {
        let handler = JSONLogHandler(label: "t", service: "chatbot-outrigger", env: "prod", version: nil)
        #expect(handler[metadataKey: "dd.service"] == "chatbot-outrigger")
        #expect(handler[metadataKey: "dd.env"] == "prod")
        #expect(handler[metadataKey: "dd.version"] == nil)
    }
}
