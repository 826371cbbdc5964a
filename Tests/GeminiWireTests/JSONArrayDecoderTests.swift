import GeminiWire
import ProxyCore
import Testing

@Suite("Default JSON-array streams")
struct JSONArrayDecoderTests {
    @Test func intEnumStreamFromTheVertexRESTClient() {
        let summary = Fixtures.decode(Array(Fixtures.vertexIntArray.utf8), format: .jsonArray)
        #expect(summary.chunkCount == 2)
        #expect(summary.text == Fixtures.vertexIntArrayText)
        #expect(summary.finishReasons == ["STOP"])
        #expect(summary.modelVersion == "gemini-2.5-flash")
        #expect(!summary.unparsed)
        var usage = TokenUsage()
        usage.promptTokens = 9
        usage.candidatesTokens = 134
        usage.thoughtsTokens = 1067
        usage.totalTokens = 1210
        usage.trafficType = "ON_DEMAND"
        usage.promptDetails = [ModalityTokenCount(modality: "TEXT", tokenCount: 9)]
        usage.candidatesDetails = [ModalityTokenCount(modality: "IMAGE", tokenCount: 134)]
        #expect(summary.usage == usage)
    }

    @Test func errorElementMidStream() {
        let summary = Fixtures.decode(Array(Fixtures.arrayWithError.utf8), format: .jsonArray)
        #expect(summary.text == "Partial ")
        #expect(summary.error == UpstreamErrorInfo(
            code: 429, status: "RESOURCE_EXHAUSTED", message: "Resource exhausted. Please try again later."))
        #expect(summary.chunkCount == 2)
        #expect(!summary.unparsed)
    }

    @Test(arguments: [",", "\n,\r\n", " , ", "\r\n,\n", ",\n\n"])
    func anySeparatorBetweenElements(_ separator: String) {
        let elements = [#"{"candidates": [{"content": {"parts": [{"text": "a,}"}]}}]}"#,
                        #"{"candidates": [{"content": {"parts": [{"text": "b"}]}}]}"#]
        let body = "[" + elements.joined(separator: separator) + "]"
        let summary = Fixtures.decode(Array(body.utf8), format: .jsonArray)
        #expect(summary.text == "a,}b")
        #expect(summary.chunkCount == 2)
        #expect(!summary.unparsed)
    }

    @Test func bareObjectWithoutArrayIsAccepted() {
        let body = #"{"error": {"code": 400, "message": "API key not valid.", "status": "INVALID_ARGUMENT"}}"#
        let summary = Fixtures.decode(Array(body.utf8), format: .jsonArray)
        #expect(summary.error?.code == 400)
        #expect(summary.error?.status == "INVALID_ARGUMENT")
    }

    @Test func truncatedStreamKeepsEarlierElementsAndReportsTheTail() {
        let body = "[" + #"{"candidates": [{"content": {"parts": [{"text": "kept"}]}}]}"# + "\n,\r\n"
            + #"{"candidates": [{"content": {"parts": [{"text": "lo"#
        let summary = Fixtures.decode(Array(body.utf8), format: .jsonArray)
        #expect(summary.text == "kept")
        #expect(summary.chunkCount == 1)
        #expect(summary.unparsed)
        #expect(summary.decodeProblem == "body ended inside a JSON array element")
    }

    @Test func malformedElementIsSkipped() {
        let body = "[{\"a\": tru},\n{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"next\"}]}}]}]"
        let summary = Fixtures.decode(Array(body.utf8), format: .jsonArray)
        #expect(summary.unparsed)
        #expect(summary.decodeProblem?.hasPrefix("malformed JSON: unexpected byte '}'") == true)
        #expect(summary.text == "next")
    }

    @Test func oversizedElementStopsDecoding() {
        let big = "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \""
            + String(repeating: "y", count: 4_000) + "\"}]}}]}"
        let small = #"{"candidates": [{"content": {"parts": [{"text": "ok"}]}}]}"#
        let body = Array(("[" + small + ",\n" + big + ",\n" + small + "]").utf8)
        let whole = Fixtures.decode(body, format: .jsonArray, maxBufferedBytes: 512)
        let pieces = Fixtures.decode(body, format: .jsonArray, splits: [10, 300, 700, 2_000], maxBufferedBytes: 512)
        #expect(whole == pieces)
        #expect(whole.text == "ok")
        #expect(whole.unparsed)
        #expect(whole.decodeProblem == "a frame exceeds 512 bytes")
    }
}
