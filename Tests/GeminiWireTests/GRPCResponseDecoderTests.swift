import GeminiWire
import ProxyCore
import Testing

/// gRPC answers give the same ``ResponseSummary`` as the equivalent JSON through ``ResponseDecoder``.
@Suite("GRPCResponseDecoder")
struct GRPCResponseDecoderTests {
    /// A Vertex stream: a thought, text with a function call, then two candidates and the usage (whose
    /// `trafficType` came only on the earlier chunks). GenerateContentResponse candidates=2 usage=4
    /// model_version=11 response_id=13; Candidate index=1 content=2 finish_reason=3; UsageMetadata prompt=1
    /// candidates=2 total=3 cached=5 traffic_type=8 prompt_details=9 candidates_details=11 thoughts=14.
    static let vertexJSON = [
        #"{"candidates":[{"content":{"role":"model","parts":[{"text":"Planning {it}","thought":true}]}}],"usageMetadata":{"trafficType":"ON_DEMAND"},"modelVersion":"gemini-2.5-flash","responseId":"r1"}"#,
        #"{"candidates":[{"content":{"role":"model","parts":[{"text":"Café ☕ "},{"functionCall":{"name":"find","args":{"q":"mug","limit":3}}}]}}],"usageMetadata":{"trafficType":"ON_DEMAND"},"modelVersion":"gemini-2.5-flash"}"#,
        #"{"candidates":[{"content":{"role":"model","parts":[{"text":"日本語 🚀"}]},"finishReason":"STOP"},{"index":1,"content":{"parts":[{"text":"second"}]},"finishReason":"MAX_TOKENS"}],"usageMetadata":{"promptTokenCount":9,"candidatesTokenCount":134,"totalTokenCount":1210,"cachedContentTokenCount":3,"thoughtsTokenCount":1067,"promptTokensDetails":[{"modality":"TEXT","tokenCount":9}],"candidatesTokensDetails":[{"modality":"TEXT","tokenCount":134}]},"modelVersion":"gemini-2.5-flash"}"#,
    ]

    static let vertexMessages: [[UInt8]] = [
        PB.encode([.m(2, [.m(2, [.s(1, "model"), .m(2, [.s(1, "Planning {it}"), .v(10, 1)])])]),
                   .m(4, [.v(8, 1)]), .s(11, "gemini-2.5-flash"), .s(13, "r1")]),
        PB.encode([.m(2, [.m(2, [.s(1, "model"), .m(2, [.s(1, "Café ☕ ")]),
                                 .m(2, [.m(5, [.s(1, "find"), .m(2, [PB.entry("q", .s(3, "mug")), PB.entry("limit", .d(2, 3))])])])])]),
                   .m(4, [.v(8, 1)]), .s(11, "gemini-2.5-flash")]),
        PB.encode([.m(2, [.m(2, [.s(1, "model"), .m(2, [.s(1, "日本語 🚀")])]), .v(3, 1)]),
                   .m(2, [.v(1, 1), .m(2, [.m(2, [.s(1, "second")])]), .v(3, 2)]),
                   .m(4, [.v(1, 9), .v(2, 134), .v(3, 1210), .v(5, 3), .v(14, 1067),
                          .m(9, [.v(1, 1), .v(2, 9)]), .m(11, [.v(1, 1), .v(2, 134)])]),
                   .s(11, "gemini-2.5-flash")]),
    ]

    /// A Developer API stream with a running usage on every chunk. GenerateContentResponse candidates=1
    /// prompt_feedback=2 usage=3 model_version=4; Candidate content=1 finish_reason=2 index=3; Content
    /// parts=1 role=2; Part text=2 function_call=4 thought=11; UsageMetadata cached=4 prompt_details=5
    /// tool_use_prompt=8 thoughts=10.
    static let developerJSON = [
        #"{"candidates":[{"content":{"parts":[{"text":"The "}],"role":"model"},"index":0}],"usageMetadata":{"promptTokenCount":5,"candidatesTokenCount":2,"totalTokenCount":7},"modelVersion":"models/gemini-2.0-flash"}"#,
        #"{"candidates":[{"content":{"parts":[{"text":"hidden","thought":true},{"functionCall":{"name":"f","args":{},"id":"c1"}}],"role":"model"}}],"usageMetadata":{"promptTokenCount":5,"candidatesTokenCount":20,"totalTokenCount":25}}"#,
        #"{"candidates":[{"content":{"parts":[{"text":"42."}],"role":"model"},"finishReason":"LANGUAGE"}],"usageMetadata":{"promptTokenCount":5,"candidatesTokenCount":44,"totalTokenCount":240,"thoughtsTokenCount":186,"toolUsePromptTokenCount":5,"cachedContentTokenCount":2,"promptTokensDetails":[{"modality":"IMAGE","tokenCount":5}]},"modelVersion":"models/gemini-2.0-flash"}"#,
    ]

    static let developerMessages: [[UInt8]] = [
        PB.encode([.m(1, [.m(1, [.m(1, [.s(2, "The ")]), .s(2, "model")])]),
                   .m(3, [.v(1, 5), .v(2, 2), .v(3, 7)]), .s(4, "models/gemini-2.0-flash")]),
        PB.encode([.m(1, [.m(1, [.m(1, [.s(2, "hidden"), .v(11, 1)]), .m(1, [.m(4, [.s(1, "f"), .m(2, []), .s(3, "c1")])]), .s(2, "model")])]),
                   .m(3, [.v(1, 5), .v(2, 20), .v(3, 25)])]),
        PB.encode([.m(1, [.v(2, 6), .m(1, [.m(1, [.s(2, "42.")]), .s(2, "model")])]),
                   .m(3, [.v(1, 5), .v(2, 44), .v(3, 240), .v(10, 186), .v(8, 5), .v(4, 2), .m(5, [.v(1, 2), .v(2, 5)])]),
                   .s(4, "models/gemini-2.0-flash")]),
    ]

    static func fixture(_ dialect: Dialect) -> (json: [String], messages: [[UInt8]]) {
        dialect == .vertex ? (vertexJSON, vertexMessages) : (developerJSON, developerMessages)
    }

    @Test("a 3-chunk stream matches the JSON decoder, in any chunking",
          arguments: [Dialect.vertex, .geminiAPI], [0, 1, 2, 5, 7, 33])
    func stream(_ dialect: Dialect, _ chunkSize: Int) {
        let (json, messages) = Self.fixture(dialect)
        let expected = Fixtures.decode(GRPCFixtures.sse(json), dialect: dialect, format: .sse)
        let body = GRPCFixtures.body(messages)
        let splits = chunkSize == 0 ? [] : Array(stride(from: chunkSize, to: body.count, by: chunkSize))
        let summary = GRPCFixtures.decode(body, dialect: dialect, splits: splits)
        #expect(summary == expected)
        #expect(summary.chunkCount == 3 && !summary.unparsed && summary.usage != nil)
    }

    @Test("the fixtures exercise what they claim")
    func fixtureContents() {
        let vertex = GRPCFixtures.decode(GRPCFixtures.body(Self.vertexMessages), dialect: .vertex)
        #expect(vertex.text == "Café ☕ 日本語 🚀")
        #expect(vertex.thoughtChars == "Planning {it}".utf8.count)
        #expect(vertex.finishReasons == ["STOP", "MAX_TOKENS"])
        #expect(vertex.toolCalls == [PromptToolCall(name: "find", json: #"{"q":"mug","limit":3}"#)])
        #expect(vertex.usage?.trafficType == "ON_DEMAND" && vertex.usage?.thoughtsTokens == 1067)
        let developer = GRPCFixtures.decode(GRPCFixtures.body(Self.developerMessages), dialect: .geminiAPI)
        #expect(developer.modelVersion == "gemini-2.0-flash")
        #expect(developer.finishReasons == ["LANGUAGE"])
        #expect(developer.usage?.toolUsePromptTokens == 5 && developer.usage?.totalTokens == 240)
        #expect(developer.usage?.promptDetails == [ModalityTokenCount(modality: "IMAGE", tokenCount: 5)])
        #expect(developer.toolCalls == [PromptToolCall(name: "f", json: "{}", id: "c1")])
    }

    @Test("a unary answer matches the JSON decoder", arguments: [Dialect.vertex, .geminiAPI])
    func unary(_ dialect: Dialect) {
        let (json, messages) = Self.fixture(dialect)
        let expected = Fixtures.decode(Array(json[2].utf8), dialect: dialect, format: .unary)
        let summary = GRPCFixtures.decode(GRPCFixtures.body([messages[2]]), dialect: dialect, operation: .generateContent)
        #expect(summary == expected)
    }

    @Test("gzip-compressed messages decode the same", arguments: [Dialect.vertex, .geminiAPI])
    func compressed(_ dialect: Dialect) {
        let (json, messages) = Self.fixture(dialect)
        let expected = Fixtures.decode(GRPCFixtures.sse(json), dialect: dialect, format: .sse)
        let body = GRPCFixtures.body(messages, compressed: true)
        #expect(GRPCFixtures.decode(body, dialect: dialect, encoding: "gzip", splits: [3, 20, 21]) == expected)
    }

    @Test("a blocked prompt matches the JSON decoder", arguments: [
        (Dialect.vertex, PB.encode([.m(3, [.v(1, 6)]), .m(4, [.v(1, 5), .v(3, 5)])]), "JAILBREAK"),
        (.geminiAPI, PB.encode([.m(2, [.v(1, 5)]), .m(3, [.v(1, 5), .v(3, 5)])]), "IMAGE_SAFETY"),
    ])
    func blocked(_ dialect: Dialect, _ message: [UInt8], _ reason: String) {
        let json = #"{"promptFeedback":{"blockReason":"\#(reason)"},"usageMetadata":{"promptTokenCount":5,"totalTokenCount":5}}"#
        let expected = Fixtures.decode(Array(json.utf8), dialect: dialect, format: .unary)
        let summary = GRPCFixtures.decode(GRPCFixtures.body([message]), dialect: dialect, operation: .generateContent)
        #expect(summary == expected)
        #expect(summary.blockReason == reason)
    }

    @Test("countTokens answers match the JSON decoder", arguments: [
        (Dialect.vertex, PB.encode([.v(1, 31), .v(2, 96)]), #"{"totalTokens":31,"totalBillableCharacters":96}"#),
        (.geminiAPI, PB.encode([.v(1, 31), .v(5, 4)]), #"{"totalTokens":31,"cachedContentTokenCount":4}"#),
    ])
    func countTokens(_ dialect: Dialect, _ message: [UInt8], _ json: String) {
        let expected = Fixtures.decode(Array(json.utf8), dialect: dialect, format: .unary)
        let summary = GRPCFixtures.decode(GRPCFixtures.body([message]), dialect: dialect, operation: .countTokens)
        #expect(summary == expected)
        #expect(summary.countedTokens == 31)
    }
}
