import GeminiWire
import ProxyCore
import Testing

/// `$alt=json;enum-encoding=int` values (gemini.md §6) decoded through the whole decoder.
@Suite("Integer enums")
struct EnumDecoderTests {
    private func decode(_ body: String, _ dialect: Dialect) -> ResponseSummary {
        Fixtures.decode(Array(body.utf8), dialect: dialect, format: .unary)
    }

    @Test(arguments: [
        (Dialect.vertex, 1, "STOP"), (.vertex, 2, "MAX_TOKENS"), (.vertex, 5, "OTHER"), (.vertex, 6, "BLOCKLIST"),
        (.vertex, 7, "PROHIBITED_CONTENT"), (.vertex, 8, "SPII"), (.vertex, 9, "MALFORMED_FUNCTION_CALL"),
        (.vertex, 10, "MODEL_ARMOR"), (.vertex, 11, "UNKNOWN_11"), (.vertex, 0, "FINISH_REASON_UNSPECIFIED"),
        (.geminiAPI, 5, "OTHER"), (.geminiAPI, 6, "LANGUAGE"), (.geminiAPI, 7, "BLOCKLIST"),
        (.geminiAPI, 8, "PROHIBITED_CONTENT"), (.geminiAPI, 10, "MALFORMED_FUNCTION_CALL"),
        (.geminiAPI, 11, "IMAGE_SAFETY"), (.geminiAPI, 12, "UNEXPECTED_TOOL_CALL"),
        (.geminiAPI, 13, "TOO_MANY_TOOL_CALLS"), (.geminiAPI, 14, "IMAGE_PROHIBITED_CONTENT"),
        (.geminiAPI, 17, "IMAGE_RECITATION"), (.geminiAPI, 18, "UNKNOWN_18"), (.geminiAPI, -1, "UNKNOWN_-1"),
        (.other, 4, "RECITATION"), (.other, 7, "UNKNOWN_7"),
    ])
    func finishReason(_ dialect: Dialect, _ value: Int, _ expected: String) {
        let summary = decode(#"{"candidates":[{"finishReason":\#(value)}]}"#, dialect)
        #expect(summary.finishReasons == [expected])
    }

    @Test(arguments: [
        (0, "TRAFFIC_TYPE_UNSPECIFIED"), (1, "ON_DEMAND"), (2, "PROVISIONED_THROUGHPUT"),
        (3, "ON_DEMAND_PRIORITY"), (4, "ON_DEMAND_FLEX"), (9, "UNKNOWN_9"),
    ])
    func trafficType(_ value: Int, _ expected: String) {
        let summary = decode(#"{"usageMetadata":{"totalTokenCount":3,"trafficType":\#(value)}}"#, .vertex)
        #expect(summary.usage?.trafficType == expected)
    }

    @Test(arguments: [
        (1, "TEXT"), (2, "IMAGE"), (3, "VIDEO"), (4, "AUDIO"), (5, "DOCUMENT"), (6, "UNKNOWN_6"),
    ])
    func modality(_ value: Int, _ expected: String) {
        let summary = decode(
            #"{"usageMetadata":{"promptTokenCount":3,"promptTokensDetails":[{"modality":\#(value),"tokenCount":"3"}]}}"#,
            .vertex)
        #expect(summary.usage?.promptDetails == [ModalityTokenCount(modality: expected, tokenCount: 3)])
    }

    @Test func omittedModalityIsTheProto3Default() {
        let summary = decode(#"{"usageMetadata":{"promptTokenCount":3,"promptTokensDetails":[{"tokenCount":3}]}}"#, .vertex)
        #expect(summary.usage?.promptDetails == [ModalityTokenCount(modality: "MODALITY_UNSPECIFIED", tokenCount: 3)])
    }

    @Test func trafficTypeFromAnEarlierChunkFillsTheFinalBlock() {
        let body = "data: {\"usageMetadata\": {\"trafficType\": 4}}\n\n"
            + "data: {\"usageMetadata\": {\"promptTokenCount\": 2, \"totalTokenCount\": 5}}\n\n"
        let summary = Fixtures.decode(Array(body.utf8), format: .sse)
        #expect(summary.usage?.trafficType == "ON_DEMAND_FLEX")
        #expect(summary.usage?.totalTokens == 5)
    }

    @Test func trafficTypeAfterTheCountsBlockAlsoFillsIt() {
        let body = "data: {\"usageMetadata\": {\"promptTokenCount\": 2, \"totalTokenCount\": 5}}\n\n"
            + "data: {\"usageMetadata\": {\"trafficType\": \"PROVISIONED_THROUGHPUT\"}}\n\n"
        let summary = Fixtures.decode(Array(body.utf8), format: .sse)
        #expect(summary.usage?.trafficType == "PROVISIONED_THROUGHPUT")
        #expect(summary.usage?.promptTokens == 2)
    }
}
