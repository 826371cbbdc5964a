import GeminiWire
import ProxyCore
import Testing

@Suite("Unary bodies")
struct UnaryDecoderTests {
    private func decode(_ body: String, _ dialect: Dialect = .vertex) -> ResponseSummary {
        Fixtures.decode(Array(body.utf8), dialect: dialect, format: .unary)
    }

    @Test func generateContent() {
        let summary = decode(#"""
            {"candidates":[{"content":{"role":"model","parts":[{"text":"thinking…","thought":true},{"text":"Hello"},{"functionCall":{"name":"f","args":{}}},{"text":", world"}]},"finishReason":"STOP","index":0,
              "safetyRatings":[{"category":"HARM_CATEGORY_HATE_SPEECH","probability":"NEGLIGIBLE"}],"avgLogprobs":-0.1}],
             "usageMetadata":{"promptTokenCount":9,"candidatesTokenCount":134,"totalTokenCount":1210,"thoughtsTokenCount":1067,
               "cachedContentTokenCount":4,"trafficType":"ON_DEMAND","promptTokensDetails":[{"modality":"TEXT","tokenCount":5},{"modality":"IMAGE","tokenCount":4}],
               "candidatesTokensDetails":[{"modality":"TEXT","tokenCount":134}],"cacheTokensDetails":[{"modality":"IMAGE","tokenCount":4}],
               "toolUsePromptTokensDetails":[{"modality":"TEXT","tokenCount":3}]},
             "modelVersion":"gemini-2.5-flash","createTime":"2025-07-28T16:02:47.774462Z","responseId":"J5-HaL6iL9OVhMIPkuG6iA8"}
            """#)
        #expect(summary.text == "Hello, world")
        #expect(summary.thoughtChars == "thinking…".utf8.count)
        #expect(summary.chunkCount == 1)
        #expect(summary.finishReasons == ["STOP"])
        #expect(summary.usage?.cachedContentTokens == 4)
        #expect(summary.usage?.promptDetails == [ModalityTokenCount(modality: "TEXT", tokenCount: 5),
                                                 ModalityTokenCount(modality: "IMAGE", tokenCount: 4)])
        #expect(summary.usage?.cacheDetails == [ModalityTokenCount(modality: "IMAGE", tokenCount: 4)])
        #expect(summary.usage?.toolUsePromptDetails == [ModalityTokenCount(modality: "TEXT", tokenCount: 3)])
        #expect(!summary.unparsed)
    }

    @Test func errorBody() {
        let summary = decode(#"""
            {"error":{"code":429,"message":"Resource exhausted.","status":"RESOURCE_EXHAUSTED",
              "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"1s"}]}}
            """#, .geminiAPI)
        #expect(summary.error == UpstreamErrorInfo(code: 429, status: "RESOURCE_EXHAUSTED", message: "Resource exhausted."))
        #expect(summary.usage == nil)
        #expect(summary.chunkCount == 1)
    }

    @Test func errorWithIntegerStatusAndStringCode() {
        let summary = decode(#"{"error":{"code":"503","message":"overloaded","status":14}}"#)
        #expect(summary.error == UpstreamErrorInfo(code: 503, status: "UNAVAILABLE", message: "overloaded"))
    }

    @Test func promptBlocked() {
        let summary = decode(#"""
            {"promptFeedback":{"blockReason":"PROHIBITED_CONTENT","safetyRatings":[{"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH","blocked":true}]},
             "usageMetadata":{"promptTokenCount":7,"totalTokenCount":7,"trafficType":"ON_DEMAND"},"modelVersion":"gemini-2.5-flash"}
            """#)
        #expect(summary.blockReason == "PROHIBITED_CONTENT")
        #expect(summary.text.isEmpty)
        #expect(summary.finishReasons.isEmpty)
        #expect(summary.usage?.promptTokens == 7)
    }

    @Test(arguments: [
        (Dialect.vertex, 1, "SAFETY"), (.vertex, 4, "PROHIBITED_CONTENT"), (.vertex, 5, "MODEL_ARMOR"),
        (.vertex, 6, "JAILBREAK"), (.geminiAPI, 5, "IMAGE_SAFETY"), (.geminiAPI, 6, "UNKNOWN_6"),
        (.other, 3, "BLOCKLIST"), (.other, 5, "UNKNOWN_5"),
    ])
    func promptBlockedWithIntegerReason(_ dialect: Dialect, _ value: Int, _ expected: String) {
        let summary = decode(#"{"promptFeedback":{"blockReason":\#(value)}}"#, dialect)
        #expect(summary.blockReason == expected)
    }

    @Test func vertexCountTokens() {
        let summary = decode(#"{"totalTokens": 31, "totalBillableCharacters": 96, "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 31}]}"#)
        #expect(summary.countedTokens == 31)
        #expect(summary.usage == nil)
        #expect(summary.chunkCount == 1)
    }

    @Test func developerAPICountTokensInSnakeCaseWithStringInt() {
        let summary = decode(#"{"total_tokens": "12", "cached_content_token_count": 0, "prompt_tokens_details": []}"#, .geminiAPI)
        #expect(summary.countedTokens == 12)
    }

    @Test func candidateZeroIsChosenByIndexNotPosition() {
        let summary = decode(#"""
            {"candidates":[{"index":1,"content":{"parts":[{"text":"second"}]},"finishReason":"MAX_TOKENS"},
                           {"content":{"parts":[{"text":"first"}]},"finishReason":"STOP"}]}
            """#)
        #expect(summary.text == "first")
        #expect(summary.finishReasons == ["MAX_TOKENS", "STOP"])
    }

    @Test func malformedBody() {
        let summary = decode(#"{"candidates": [}"#)
        #expect(summary.unparsed)
        #expect(summary.decodeProblem == "malformed JSON: unexpected byte '}', expected a value at byte 16")
        #expect(summary.chunkCount == 0)
    }

    @Test func emptyBodyIsNotAProblem() {
        let summary = decode("  \r\n")
        #expect(!summary.unparsed)
        #expect(summary.chunkCount == 0)
    }

    @Test func oversizedBodyIsCapped() {
        let body = Array((#"{"candidates": [{"content": {"parts": [{"text": ""# + String(repeating: "z", count: 3_000)
            + #""}]}}]}"#).utf8)
        let summary = Fixtures.decode(body, format: .unary, splits: [1_000, 2_000], maxBufferedBytes: 2_048)
        #expect(summary.unparsed)
        #expect(summary.decodeProblem == "response body exceeds 2048 bytes")
        #expect(summary.text.isEmpty)
    }

    @Test func finishIsIdempotentAndLaterFeedsAreIgnored() {
        var decoder = ResponseDecoder(dialect: .vertex, format: .unary, contentEncoding: nil)
        decoder.feed(Array(#"{"modelVersion": "models/gemini-2.5-pro"}"#.utf8))
        let first = decoder.finish()
        decoder.feed(Array("garbage".utf8))
        #expect(decoder.finish() == first)
        #expect(first.modelVersion == "gemini-2.5-pro")
    }
}
