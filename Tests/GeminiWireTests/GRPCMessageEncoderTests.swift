import GeminiWire
import JSON
import ProxyCore
import Testing

/// What the encoders write decodes to what was put in, and to what the same call over REST gives.
@Suite("GRPCMessageEncoder round trips")
struct GRPCMessageEncoderTests {
    static let models: [Dialect: String] = [
        .vertex: "projects/p/locations/europe-west4/publishers/google/models/gemini-2.5-pro",
        .geminiAPI: "models/gemini-2.5-pro",
    ]

    @Test("GenerateContentRequest", arguments: [Dialect.vertex, .geminiAPI])
    func generateRequest(_ dialect: Dialect) throws {
        let message = GRPCMessageEncoder.generateContentRequest(
            dialect: dialect, model: Self.models[dialect]!,
            contents: [(role: "user", texts: ["Hi", "there"]), (role: "model", texts: ["Hello!"]), (role: "user", texts: ["Mugs?"])],
            systemInstruction: "You are a shop assistant.", temperature: 0.2, maxOutputTokens: 0
        )
        let request = try GRPCRequestDecoder.decode(message, dialect: dialect, operation: .generateContent)
        let json = #"""
            {"systemInstruction":{"parts":[{"text":"You are a shop assistant."}]},
             "contents":[{"role":"user","parts":[{"text":"Hi"},{"text":"there"}]},{"role":"model","parts":[{"text":"Hello!"}]},
                         {"role":"user","parts":[{"text":"Mugs?"}]}],
             "generationConfig":{"temperature":0.2,"maxOutputTokens":0}}
            """#
        #expect(request.prompt == PromptExtractor.summary(of: try JSONParser.parse(json)))
        #expect(request.prompt.temperature == 0.2 && request.prompt.maxOutputTokens == 0)
        #expect(request.model == "gemini-2.5-pro" && request.resourceName == Self.models[dialect])
    }

    @Test("a request without settings has no generation config")
    func bareRequest() throws {
        let message = GRPCMessageEncoder.generateContentRequest(
            dialect: .vertex, model: Self.models[.vertex]!, contents: [(role: "user", texts: ["q"])])
        let request = try GRPCRequestDecoder.decode(message, dialect: .vertex, operation: .streamGenerateContent)
        #expect(request.prompt.messages == [PromptMessage(role: "user", content: "q")])
        #expect(request.prompt.temperature == nil && request.prompt.maxOutputTokens == nil)
    }

    @Test("CountTokensRequest", arguments: [Dialect.vertex, .geminiAPI])
    func countRequest(_ dialect: Dialect) throws {
        let message = GRPCMessageEncoder.countTokensRequest(
            dialect: dialect, model: Self.models[dialect]!, contents: [(role: "user", texts: ["Count me"])],
            systemInstruction: "sys")
        let request = try GRPCRequestDecoder.decode(message, dialect: dialect, operation: .countTokens)
        let system = dialect == .vertex ? [PromptMessage(role: "system", content: "sys")] : []
        #expect(request.prompt.messages == system + [PromptMessage(role: "user", content: "Count me")])
        #expect(request.model == "gemini-2.5-pro")
    }

    @Test("GenerateContentResponse chunks decode to what was encoded, as the JSON would", arguments: [Dialect.vertex, .geminiAPI])
    func response(_ dialect: Dialect) {
        var usage = TokenUsage()
        usage.promptTokens = 12
        usage.candidatesTokens = 7
        usage.thoughtsTokens = 30
        usage.cachedContentTokens = 4
        usage.totalTokens = 49
        usage.toolUsePromptTokens = dialect == .geminiAPI ? 2 : 0
        usage.trafficType = dialect == .vertex ? "ON_DEMAND_FLEX" : nil
        usage.promptDetails = [ModalityTokenCount(modality: "TEXT", tokenCount: 12)]
        usage.candidatesDetails = [ModalityTokenCount(modality: "AUDIO", tokenCount: 7)]
        let reason = dialect == .vertex ? "MODEL_ARMOR" : "TOO_MANY_TOOL_CALLS"
        let messages = [
            GRPCMessageEncoder.generateContentResponse(dialect: dialect, text: "Hello, ", modelVersion: "gemini-2.5-pro", responseId: "r"),
            GRPCMessageEncoder.generateContentResponse(dialect: dialect, text: "", modelVersion: "gemini-2.5-pro"),
            GRPCMessageEncoder.generateContentResponse(
                dialect: dialect, text: "world.", finishReason: reason, usage: usage, modelVersion: "gemini-2.5-pro"),
        ]
        let summary = GRPCFixtures.decode(GRPCFixtures.body(messages), dialect: dialect, splits: [2, 11])
        #expect(summary.text == "Hello, world.")
        #expect(summary.finishReasons == [reason])
        #expect(summary.usage == usage)
        #expect(summary.modelVersion == "gemini-2.5-pro")
        #expect(summary.chunkCount == 3 && !summary.unparsed)

        let json = [
            #"{"candidates":[{"content":{"role":"model","parts":[{"text":"Hello, "}]}}],"modelVersion":"gemini-2.5-pro"}"#,
            #"{"candidates":[{"content":{"role":"model"}}],"modelVersion":"gemini-2.5-pro"}"#,
            #"{"candidates":[{"content":{"role":"model","parts":[{"text":"world."}]},"finishReason":"\#(reason)"}],"usageMetadata":"#
                + usageJSON(usage) + #","modelVersion":"gemini-2.5-pro"}"#,
        ]
        #expect(summary == Fixtures.decode(GRPCFixtures.sse(json), dialect: dialect, format: .sse))
    }

    @Test("an unknown finish reason name is left out; UNKNOWN_<n> keeps its number")
    func finishReasonNames() {
        let unknown = GRPCMessageEncoder.generateContentResponse(dialect: .vertex, text: "x", finishReason: "NOT_A_REASON")
        #expect(GRPCFixtures.decode(GRPCFixtures.body([unknown]), dialect: .vertex).finishReasons.isEmpty)
        let numbered = GRPCMessageEncoder.generateContentResponse(dialect: .geminiAPI, text: "x", finishReason: "UNKNOWN_42")
        #expect(GRPCFixtures.decode(GRPCFixtures.body([numbered]), dialect: .geminiAPI).finishReasons == ["UNKNOWN_42"])
    }

    @Test("CountTokensResponse", arguments: [Dialect.vertex, .geminiAPI])
    func countResponse(_ dialect: Dialect) {
        let message = GRPCMessageEncoder.countTokensResponse(dialect: dialect, totalTokens: 1_234)
        let summary = GRPCFixtures.decode(GRPCFixtures.body([message]), dialect: dialect, operation: .countTokens)
        #expect(summary.countedTokens == 1_234 && summary.chunkCount == 1)
    }

    @Test("the .other dialect has no messages")
    func otherDialect() {
        #expect(GRPCMessageEncoder.countTokensResponse(dialect: .other, totalTokens: 1).isEmpty)
        #expect(GRPCMessageEncoder.generateContentRequest(dialect: .other, model: "m", contents: []).isEmpty)
    }

    private func usageJSON(_ usage: TokenUsage) -> String {
        func details(_ counts: [ModalityTokenCount]) -> String {
            "[" + counts.map { #"{"modality":"\#($0.modality)","tokenCount":\#($0.tokenCount)}"# }.joined(separator: ",") + "]"
        }
        var members = [
            "\"promptTokenCount\":\(usage.promptTokens)", "\"candidatesTokenCount\":\(usage.candidatesTokens)",
            "\"thoughtsTokenCount\":\(usage.thoughtsTokens)", "\"cachedContentTokenCount\":\(usage.cachedContentTokens)",
            "\"totalTokenCount\":\(usage.totalTokens)", "\"toolUsePromptTokenCount\":\(usage.toolUsePromptTokens)",
            "\"promptTokensDetails\":" + details(usage.promptDetails),
            "\"candidatesTokensDetails\":" + details(usage.candidatesDetails),
        ]
        if let traffic = usage.trafficType { members.append("\"trafficType\":\"\(traffic)\"") }
        return "{" + members.joined(separator: ",") + "}"
    }
}
