import GeminiWire
import JSON
import ProxyCore
import Testing

@Suite("Prompt extraction from generateContent requests")
struct PromptExtractorTests {
    static func summary(_ json: String) throws -> PromptSummary {
        PromptExtractor.summary(of: try JSONParser.parse(json))
    }

    @Test func systemInstructionComesFirstAndRolesAreMapped() throws {
        let s = try Self.summary(
            #"{"systemInstruction":{"parts":[{"text":"You are a shop assistant."}]},"contents":[{"role":"user","parts":[{"text":"Hi"}]},{"role":"model","parts":[{"text":"Hello!"},{"text":"How can I help?"}]},{"role":"user","parts":[{"text":"Mugs?"}]}],"generationConfig":{"temperature":0.2,"maxOutputTokens":64,"topP":0.9,"topK":40,"candidateCount":1}}"#
        )
        #expect(s.messages.map(\.role) == ["system", "user", "assistant", "user"])
        #expect(s.messages[0].content == "You are a shop assistant.")
        #expect(s.messages[2].content == "Hello!\nHow can I help?")
        #expect(s.temperature == 0.2 && s.maxOutputTokens == 64 && s.topP == 0.9 && s.topK == 40 && s.candidateCount == 1)
    }

    @Test func snakeCaseKeysAndAMissingRoleWork() throws {
        let s = try Self.summary(
            #"{"system_instruction":{"parts":[{"text":"sys"}]},"contents":[{"parts":[{"text":"q"}]}],"generation_config":{"max_output_tokens":"12"}}"#
        )
        #expect(s.messages == [PromptMessage(role: "system", content: "sys"), PromptMessage(role: "user", content: "q")])
        #expect(s.maxOutputTokens == 12)
    }

    @Test func toolCallsAndResultsAreKeptAsJSON() throws {
        let s = try Self.summary(
            #"{"contents":[{"role":"model","parts":[{"functionCall":{"name":"get_product","args":{"id":"OLJCESPC7Z","n":2}}}]},{"role":"user","parts":[{"functionResponse":{"name":"get_product","response":{"price":19.99}}}]}]}"#
        )
        #expect(s.messages[0].role == "assistant")
        #expect(s.messages[0].toolCalls == [PromptToolCall(name: "get_product", json: #"{"id":"OLJCESPC7Z","n":2}"#)])
        #expect(s.messages[1].role == "tool")
        #expect(s.messages[1].toolResults == [PromptToolCall(name: "get_product", json: #"{"price":19.99}"#)])
    }

    @Test func inlineMediaBecomesAPlaceholderAndThoughtsAreSkipped() throws {
        let s = try Self.summary(
            #"{"contents":[{"role":"user","parts":[{"text":"What is this?"},{"inlineData":{"mimeType":"image/png","data":"AAAABBBB"}}]},{"role":"model","parts":[{"text":"hmm","thought":true},{"text":"A mug."}]}]}"#
        )
        #expect(s.messages[0].content == "What is this?\n[image/png, 6 bytes]")
        #expect(s.messages[1].content == "A mug.")
    }

    @Test func labelsAreReadAndBounded() throws {
        let many = (0..<100).map { "\"k\($0)\":\"v\"" }.joined(separator: ",")
        let s = try Self.summary(#"{"contents":[],"labels":{"# + many + "}}")
        #expect(s.labels.count == 64)
        #expect(try Self.summary(#"{"labels":{"session_id":"abc"}}"#).labels == ["session_id": "abc"])
    }

    @Test func aBareStringSystemInstructionAndOddShapesDoNotFail() throws {
        #expect(try Self.summary(#"{"systemInstruction":"be brief"}"#).messages == [PromptMessage(role: "system", content: "be brief")])
        #expect(try Self.summary(#"{"contents":"nope","generationConfig":[]}"#).messages.isEmpty)
        #expect(try Self.summary("[1,2]").messages.isEmpty)
    }

    @Test func serializationRoundTripsNumbersAndEscapes() throws {
        let text = #"{"a":[1,2.5,-3,true,null],"b":"q\"\n\u0001","c":{}}"#
        #expect(try JSONParser.parse(text).compactText == text)
        #expect(try JSONParser.parse(#"{"s":"a@b.com"}"#).mappingStrings { $0.uppercased() }.compactText == #"{"s":"A@B.COM"}"#)
    }
}
