/// What a piece of injection evidence points to. Raw values are label-safe metric tag values.
package enum InjectionCategory: String, CaseIterable, Sendable, Hashable {
    /// "Ignore the previous instructions", "from now on you will…".
    case instructionOverride = "instruction_override"
    /// Asking for the system prompt, the hidden instructions or a guarded secret.
    case systemPromptExtraction = "system_prompt_extraction"
    /// Persona and mode switches: DAN, "developer mode", "you have no restrictions".
    case roleplayJailbreak = "roleplay_jailbreak"
    /// Fake chat-template tokens, fake system messages, "end of prompt" fences.
    case delimiterInjection = "delimiter_injection"
    /// Base64, hex or rot13 text that decodes to an attack, or a request to decode and obey.
    case encodedPayload = "encoded_payload"
    /// Requests to send data out: markdown images with query data, "send … to http…".
    case exfiltration
    /// SQL, shell or script payloads; callers may disable it where code is ordinary traffic.
    case codePayload = "code_payload"
    /// Instructions addressed to the model from inside a document or tool result.
    case indirectInjection = "indirect_injection"

    /// A dense index, `0..<allCases.count`, for fixed-size tables.
    @inline(__always) var index: Int {
        switch self {
        case .instructionOverride: 0
        case .systemPromptExtraction: 1
        case .roleplayJailbreak: 2
        case .delimiterInjection: 3
        case .encodedPayload: 4
        case .exfiltration: 5
        case .codePayload: 6
        case .indirectInjection: 7
        }
    }
}

/// A set of categories as a bit mask, so scoring tests membership without hashing.
struct InjectionCategoryMask: Sendable, Hashable {
    var rawValue: UInt8

    init(_ categories: some Sequence<InjectionCategory>) {
        rawValue = 0
        for category in categories { rawValue |= 1 << UInt8(category.index) }
    }

    @inline(__always) func contains(_ category: InjectionCategory) -> Bool {
        rawValue & (1 << UInt8(category.index)) != 0
    }
}
