import GeminiWire
import JSON
import ProtoWire
import ProxyCore
import Testing

/// gRPC requests give the same model and ``PromptSummary`` as the equivalent REST JSON.
@Suite("GRPCRequestDecoder")
struct GRPCRequestDecoderTests {
    static let vertexModel = "projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash"
    /// base64 `AAAABBBB`.
    static let imageBytes: [UInt8] = [0, 0, 0, 4, 16, 65]

    /// The JSON of the request both protobuf fixtures encode; `dialect` decides the fields only it has.
    static func json(_ dialect: Dialect) -> String {
        let id = dialect == .geminiAPI ? #","id":"call-1""# : ""
        let labels = dialect == .vertex ? #","labels":{"team":"shop","env":"prod","team":"web"}"# : ""
        return #"""
            {"contents":[
              {"role":"user","parts":[{"text":"What is this?"},{"inlineData":{"mimeType":"image/png","data":"AAAABBBB"}}]},
              {"role":"model","parts":[{"text":"hmm","thought":true},{"text":"A mug."},
                {"functionCall":{"name":"get_product","args":{"id":"OLJCESPC7Z","n":2,"tags":["a",true,null,1.5],"nested":{}}\#(id)}}]},
              {"role":"user","parts":[{"functionResponse":{"name":"get_product","response":{"price":19.99}\#(id)}}]},
              {"parts":[{"fileData":{"mimeType":"application/pdf","fileUri":"gs://b/o.pdf"}},{"text":"and this"}]}],
             "systemInstruction":{"parts":[{"text":"You are a shop assistant."},{"text":"Be brief."}]},
             "generationConfig":{"temperature":0.7,"topP":0.95,"topK":40,"maxOutputTokens":256,"candidateCount":1}\#(labels)}
            """#
    }

    static func expected(_ dialect: Dialect) throws -> PromptSummary {
        PromptExtractor.summary(of: try JSONParser.parse(json(dialect)))
    }

    static let args: [PB] = [
        PB.entry("id", .s(3, "OLJCESPC7Z")), PB.entry("n", .d(2, 2)),
        PB.entry("tags", .m(6, [.m(1, [.s(3, "a")]), .m(1, [.v(4, 1)]), .m(1, [.v(1, 0)]), .m(1, [.d(2, 1.5)])])),
        PB.entry("nested", .m(5, [])),
    ]

    /// Vertex: Content role=1 parts=2; Part text=1 inline_data=2 file_data=3 function_call=5
    /// function_response=6 thought=10; request model=5 contents=2 generation_config=4 system_instruction=8 labels=10.
    static let vertexRequest = PB.encode([
        .s(5, vertexModel),
        .m(8, [.m(2, [.s(1, "You are a shop assistant.")]), .m(2, [.s(1, "Be brief.")])]),
        .m(2, [.s(1, "user"), .m(2, [.s(1, "What is this?")]), .m(2, [.m(2, [.s(1, "image/png"), .bytes(2, imageBytes)])])]),
        .m(2, [.m(2, [.s(1, "hmm"), .v(10, 1)]), .s(1, "model"), .m(2, [.s(1, "A mug.")]),
               .m(2, [.m(5, [.s(1, "get_product"), .m(2, args)])])]),
        .m(2, [.s(1, "user"), .m(2, [.m(6, [.s(1, "get_product"), .m(2, [PB.entry("price", .d(2, 19.99))])])])]),
        .m(2, [.m(2, [.m(3, [.s(1, "application/pdf"), .s(2, "gs://b/o.pdf")])]), .m(2, [.s(1, "and this")])]),
        .m(4, [.f(1, 0.7), .f(2, 0.95), .f(3, 40), .v(4, 1), .v(5, 256)]),
        .m(10, [.s(1, "team"), .s(2, "shop")]), .m(10, [.s(1, "env"), .s(2, "prod")]), .m(10, [.s(1, "team"), .s(2, "web")]),
    ])

    /// Developer API: Content parts=1 role=2; Part text=2 inline_data=3 function_call=4 function_response=5
    /// file_data=6 thought=11; FunctionCall id=3; request model=1 contents=2 generation_config=4
    /// system_instruction=8; GenerationConfig candidate_count=1 max_output_tokens=4 temperature=5 top_p=6 top_k=7.
    static let developerRequest = PB.encode([
        .m(2, [.s(2, "user"), .m(1, [.s(2, "What is this?")]), .m(1, [.m(3, [.s(1, "image/png"), .bytes(2, imageBytes)])])]),
        .m(2, [.m(1, [.v(11, 1), .s(2, "hmm")]), .m(1, [.s(2, "A mug.")]),
               .m(1, [.m(4, [.s(3, "call-1"), .s(1, "get_product"), .m(2, args)])]), .s(2, "model")]),
        .m(2, [.m(1, [.m(5, [.s(1, "get_product"), .m(2, [PB.entry("price", .d(2, 19.99))]), .s(3, "call-1")])]), .s(2, "user")]),
        .m(2, [.m(1, [.m(6, [.s(1, "application/pdf"), .s(2, "gs://b/o.pdf")])]), .m(1, [.s(2, "and this")])]),
        .m(4, [.v(7, 40), .v(1, 1), .v(4, 256), .f(5, 0.7), .f(6, 0.95)]),
        .m(8, [.m(1, [.s(2, "You are a shop assistant.")]), .m(1, [.s(2, "Be brief.")])]),
        .s(1, "models/gemini-2.0-flash"),
    ])

    @Test("a Vertex GenerateContentRequest gives the JSON path's prompt and the REST route's model")
    func vertex() throws {
        let request = try GRPCRequestDecoder.decode(Self.vertexRequest, dialect: .vertex, operation: .generateContent)
        let expected = try Self.expected(.vertex)
        #expect(request.prompt == expected)
        #expect(expected.messages.count == 5 && expected.labels == ["team": "web", "env": "prod"])
        #expect(expected.temperature == 0.7 && expected.topK == 40)
        #expect(request.resourceName == Self.vertexModel)
        let rest = RouteClassifier.classify("/v1/\(Self.vertexModel):generateContent")
        #expect(request.model == rest.model && request.model == "gemini-2.0-flash")
        #expect(request.project == "p" && request.location == "us-central1" && request.publisher == "google")
        let route = GRPCRouteClassifier.classify("/google.cloud.aiplatform.v1.PredictionService/GenerateContent").naming(request)
        #expect(route.model == rest.model && route.project == rest.project && route.location == rest.location)
        #expect(route.publisher == rest.publisher && route.isExpressMode == rest.isExpressMode)
    }

    @Test("a Developer API GenerateContentRequest gives the JSON path's prompt and the REST route's model")
    func developer() throws {
        let request = try GRPCRequestDecoder.decode(Self.developerRequest, dialect: .geminiAPI, operation: .streamGenerateContent)
        let expected = try Self.expected(.geminiAPI)
        #expect(request.prompt == expected)
        #expect(expected.messages[2].toolCalls.first?.id == "call-1")
        #expect(request.model == "gemini-2.0-flash" && request.resourceName == "models/gemini-2.0-flash")
        #expect(request.project == nil && request.location == nil)
    }

    @Test("countTokens requests: Vertex endpoint (then model), Developer API model", arguments: [Dialect.vertex, .geminiAPI])
    func countTokens(_ dialect: Dialect) throws {
        let json = #"{"contents":[{"role":"user","parts":[{"text":"How many?"}]}]}"#
        let message = dialect == .vertex
            ? PB.encode([.s(3, "ignored/when/endpoint/is/set"), .m(4, [.s(1, "user"), .m(2, [.s(1, "How many?")])]), .s(1, Self.vertexModel)])
            : PB.encode([.s(1, "models/gemini-2.5-pro"), .m(2, [.m(1, [.s(2, "How many?")]), .s(2, "user")])])
        let request = try GRPCRequestDecoder.decode(message, dialect: dialect, operation: .countTokens)
        #expect(request.prompt == PromptExtractor.summary(of: try JSONParser.parse(json)))
        #expect(request.model == (dialect == .vertex ? "gemini-2.0-flash" : "gemini-2.5-pro"))
        let modelOnly = try GRPCRequestDecoder.decode(PB.encode([.s(3, Self.vertexModel)]), dialect: .vertex, operation: .countTokens)
        #expect(modelOnly.model == "gemini-2.0-flash")
    }

    @Test("other resource forms reduce as the REST classifier reduces them", arguments: [
        ("publishers/google/models/gemini-2.5-flash", "gemini-2.5-flash", true),
        ("projects/p/locations/global/endpoints/123", "endpoints/123", false),
        ("projects/p/locations/x/publishers/google/models/../m", "", false),
        ("garbage", "", false),
    ])
    func vertexForms(_ resource: String, _ model: String, _ express: Bool) throws {
        let request = try GRPCRequestDecoder.decode(PB.encode([.s(5, resource)]), dialect: .vertex, operation: .generateContent)
        #expect(request.model == model)
        #expect(request.isExpressMode == express)
        #expect(request.resourceName == resource)
    }

    @Test("a tuned Developer API model keeps its prefix")
    func tunedModel() throws {
        let request = try GRPCRequestDecoder.decode(PB.encode([.s(1, "tunedModels/abc")]), dialect: .geminiAPI, operation: .generateContent)
        #expect(request.model == "tunedModels/abc")
    }

    @Test("malformed bytes are a ProtoError naming the message")
    func malformed() {
        #expect {
            _ = try GRPCRequestDecoder.decode([0x12, 0x09, 0x0A], dialect: .vertex, operation: .generateContent)
        } throws: { error in
            (error as? ProtoError)?.description
                == "malformed GenerateContentRequest: field 2: a length runs past the end of the message (9 bytes, 1 left)"
        }
    }

    @Test("labels stop at 64 entries, as in the JSON path")
    func labelBound() throws {
        let entries = (0..<100).map { PB.m(10, [.s(1, "k\($0)"), .s(2, "v")]) }
        let request = try GRPCRequestDecoder.decode(PB.encode(entries), dialect: .vertex, operation: .generateContent)
        #expect(request.prompt.labels.count == 64)
    }

    @Test("Struct nesting deeper than the JSON parser allows is refused")
    func deepStruct() {
        var value = PB.m(5, [])
        for _ in 0..<200 { value = .m(5, [PB.entry("k", value)]) }
        let call = PB.m(2, [.m(2, [.m(5, [.s(1, "f"), .m(2, [PB.entry("k", value)])])])])
        #expect(throws: ProtoError.self) {
            _ = try GRPCRequestDecoder.decode(PB.encode([call]), dialect: .vertex, operation: .generateContent)
        }
    }
}
