import GeminiWire
import ProxyCore
import Testing

@Suite("alt=sse bodies")
struct SSEDecoderTests {
    @Test func vertexStreamWithThoughts() {
        let summary = Fixtures.decode(Array(Fixtures.vertexSSE.utf8), format: .sse)
        #expect(summary.chunkCount == 4)
        #expect(summary.text == Fixtures.vertexSSEText)
        #expect(summary.thoughtChars == Fixtures.vertexSSEThought.utf8.count)
        #expect(summary.finishReasons == ["STOP"])
        #expect(summary.modelVersion == "gemini-2.5-flash")
        #expect(summary.error == nil)
        #expect(!summary.unparsed)
        var usage = TokenUsage()
        usage.promptTokens = 9
        usage.candidatesTokens = 134
        usage.thoughtsTokens = 1067
        usage.totalTokens = 1210
        usage.trafficType = "ON_DEMAND"
        usage.promptDetails = [ModalityTokenCount(modality: "TEXT", tokenCount: 9)]
        usage.candidatesDetails = [ModalityTokenCount(modality: "TEXT", tokenCount: 134)]
        #expect(summary.usage == usage)
    }

    @Test func developerAPIUsageIsTheLastBlockNotASum() {
        let summary = Fixtures.decode(Array(Fixtures.geminiAPISSE.utf8), dialect: .geminiAPI, format: .sse)
        #expect(summary.chunkCount == 3)
        #expect(summary.text == "The answer is 42.")
        #expect(summary.modelVersion == "gemini-2.0-flash")
        #expect(summary.usage?.promptTokens == 5)
        #expect(summary.usage?.candidatesTokens == 44)
        #expect(summary.usage?.thoughtsTokens == 186)
        #expect(summary.usage?.totalTokens == 235)
        #expect(summary.usage?.trafficType == nil)
        #expect(summary.usage?.promptDetails == [ModalityTokenCount(modality: "TEXT", tokenCount: 5)])
    }

    @Test func snakeCaseKeysAndStringIntegers() {
        let summary = Fixtures.decode(Array(Fixtures.snakeCaseSSE.utf8), dialect: .geminiAPI, format: .sse)
        #expect(summary.chunkCount == 2)
        #expect(summary.text == "snake case")
        #expect(summary.finishReasons == ["MAX_TOKENS"])
        #expect(summary.modelVersion == "gemini-2.5-flash")
        #expect(summary.usage?.promptTokens == 4)
        #expect(summary.usage?.candidatesTokens == 2)
        #expect(summary.usage?.totalTokens == 6)
        #expect(summary.usage?.cachedContentTokens == 1)
        #expect(summary.usage?.trafficType == "ON_DEMAND_FLEX")
        #expect(summary.usage?.promptDetails == [ModalityTokenCount(modality: "TEXT", tokenCount: 4)])
    }

    @Test(arguments: [Fixtures.sseErrorAsData, Fixtures.sseErrorAsRawJSON])
    func midStreamError(_ body: String) {
        let summary = Fixtures.decode(Array(body.utf8), format: .sse)
        #expect(summary.text == "Partial ")
        #expect(summary.error == UpstreamErrorInfo(
            code: 503, status: "UNAVAILABLE", message: "The model is overloaded. Please try again later."))
        #expect(summary.chunkCount == 2)
        #expect(!summary.unparsed)
    }

    @Test func errorBodyWithoutDataPrefixAndWithoutTrailingNewline() {
        let body = #"{"error": {"code": 429, "message": "Quota exceeded.", "status": "RESOURCE_EXHAUSTED"}}"#
        let summary = Fixtures.decode(Array(body.utf8), format: .sse)
        #expect(summary.error?.code == 429)
        #expect(summary.error?.status == "RESOURCE_EXHAUSTED")
    }

    @Test(arguments: ["\n\n", "\r\n\r\n", "\r\r"])
    func separators(_ separator: String) {
        let events = [#"data: {"candidates": [{"content": {"parts": [{"text": "a"}]}}]}"#,
                      #"data: {"candidates": [{"content": {"parts": [{"text": "b"}]}, "finishReason": "STOP"}]}"#]
        let summary = Fixtures.decode(Array(events.map { $0 + separator }.joined().utf8), format: .sse)
        #expect(summary.text == "ab")
        #expect(summary.chunkCount == 2)
        #expect(!summary.unparsed)
    }

    @Test func lastEventWithoutBlankLineIsStillDecoded() {
        let body = #"data: {"candidates": [{"content": {"parts": [{"text": "tail"}]}, "finishReason": "STOP"}]}"#
        let summary = Fixtures.decode(Array(body.utf8), format: .sse)
        #expect(summary.text == "tail")
        #expect(summary.finishReasons == ["STOP"])
    }

    @Test func commentsFieldsMultiLineDataAndDoneAreHandled() {
        let body = ": keep-alive\r\nevent: message\r\nid: 7\r\n"
            + "data: {\"candidates\": [{\"content\":\r\ndata:  {\"parts\": [{\"text\": \"x\"}]}}]}\r\n\r\n"
            + "data: [DONE]\r\n\r\n"
        let summary = Fixtures.decode(Array(body.utf8), format: .sse)
        #expect(summary.text == "x")
        #expect(summary.chunkCount == 1)
        #expect(!summary.unparsed)
    }

    @Test func malformedEventIsReportedAndLaterEventsStillCount() {
        let body = #"data: {"candidates": [{"content": {"parts": [{"text": "a"}]}}]}"# + "\n\n"
            + #"data: {"candidates": [oops]}"# + "\n\n"
            + #"data: {"candidates": [{"content": {"parts": [{"text": "b"}]}}]}"# + "\n\n"
        let summary = Fixtures.decode(Array(body.utf8), format: .sse)
        #expect(summary.unparsed)
        #expect(summary.decodeProblem?.hasPrefix("malformed JSON") == true)
        #expect(summary.text == "ab")
        #expect(summary.chunkCount == 2)
    }

    @Test func invalidUTF8InsideAStringIsReported() {
        var body = Array(#"data: {"candidates": [{"content": {"parts": [{"text": "bad "#.utf8)
        body += [0xC3, 0x28]
        body += Array(#""}]}}]}"#.utf8) + Array("\n\n".utf8)
        body += Array(#"data: {"candidates": [{"content": {"parts": [{"text": "ok"}]}}]}"#.utf8) + Array("\n\n".utf8)
        let summary = Fixtures.decode(body, format: .sse)
        #expect(summary.unparsed)
        #expect(summary.decodeProblem?.contains("invalid UTF-8") == true)
        #expect(summary.text == "ok")
    }

    @Test func oversizedEventStopsDecodingAtTheCap() {
        let small = #"data: {"candidates": [{"content": {"parts": [{"text": "ok"}]}}]}"# + "\n\n"
        let huge = "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \""
            + String(repeating: "x", count: 5_000) + "\"}]}}]}\n\n"
        let body = Array((small + huge + small).utf8)
        for splits in [[], Array(stride(from: 0, to: body.count, by: 100))] {
            let summary = Fixtures.decode(body, format: .sse, splits: splits, maxBufferedBytes: 1_024)
            #expect(summary.unparsed)
            #expect(summary.decodeProblem?.contains("exceeds 1024 bytes") == true)
            #expect(summary.text == "ok")
            #expect(summary.chunkCount == 1)
        }
    }

    @Test func strayNonSSELinesAreReported() {
        let body = "<html>\n<body>Bad Gateway</body>\n</html>\n"
        let summary = Fixtures.decode(Array(body.utf8), format: .sse)
        #expect(summary.unparsed)
        #expect(summary.chunkCount == 0)
    }

    @Test func deepNestingIsRejectedNotCrashing() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let body = "data: {\"candidates\": " + deep + "}\n\n"
        let summary = Fixtures.decode(Array(body.utf8), format: .sse)
        #expect(summary.unparsed)
        #expect(summary.decodeProblem?.contains("nesting deeper than 128") == true)
    }
}
