import GeminiWire
import ProtoWire
import ProxyCore
import Testing

/// Prompt redaction on gRPC request messages: only the user's text parts change, in both dialects.
@Suite("GRPCPromptRedaction")
struct GRPCPromptRedactionTests {
    static let model = "projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash"

    static func mask(_ text: String) -> String {
        text.replacing("alice@example.com", with: "[EMAIL]")
    }

    static func message(_ dialect: Dialect, userText: String) -> [UInt8] {
        GRPCMessageEncoder.generateContentRequest(
            dialect: dialect, model: dialect == .vertex ? model : "models/gemini-2.0-flash",
            contents: [
                (role: "user", texts: [userText, "no personal data here"]),
                (role: "model", texts: ["noted alice@example.com"]),
            ],
            systemInstruction: "escalate to alice@example.com", temperature: 0.5
        )
    }

    @Test(arguments: [Dialect.vertex, .geminiAPI])
    func onlyTheUsersTextIsMasked(dialect: Dialect) throws {
        let original = Self.message(dialect, userText: "mail me at alice@example.com")
        let redacted = try #require(try GRPCPromptRedaction.redactUserText(
            original, dialect: dialect, operation: .generateContent, redact: Self.mask
        ))
        #expect(redacted == Self.message(dialect, userText: "mail me at [EMAIL]"))
        let prompt = try GRPCRequestDecoder.decode(redacted, dialect: dialect, operation: .generateContent).prompt
        #expect(prompt.messages.map(\.content) == [
            "escalate to alice@example.com", "mail me at [EMAIL]\nno personal data here", "noted alice@example.com",
        ])
    }

    @Test func nothingToMaskGivesNil() throws {
        let original = Self.message(.vertex, userText: "which mugs do you sell?")
        #expect(try GRPCPromptRedaction.redactUserText(original, dialect: .vertex, operation: .generateContent, redact: Self.mask) == nil)
    }

    @Test func otherMethodsAndDialectsAreLeftAlone() throws {
        let original = Self.message(.vertex, userText: "alice@example.com")
        #expect(try GRPCPromptRedaction.redactUserText(original, dialect: .other, operation: .generateContent, redact: Self.mask) == nil)
        #expect(try GRPCPromptRedaction.redactUserText(original, dialect: .vertex, operation: .other, redact: Self.mask) == nil)
    }

    @Test func aTruncatedMessageIsAnError() {
        let original = Self.message(.vertex, userText: "alice@example.com")
        #expect(throws: ProtoError.self) {
            try GRPCPromptRedaction.redactUserText(
                Array(original.dropLast(3)), dialect: .vertex, operation: .generateContent, redact: Self.mask
            )
        }
    }
}
