package import Guards

/// Prompt-injection scoring and personal-data handling. YAML section `guards`.
///
/// The policy keys (`mode`, `threshold`, `block_status`, `block_message`, `session_limit`,
/// `session_window`, `session_cooldown`) decode straight into the Guards module's ``GuardPolicy``,
/// whose initialiser holds their defaults.
package struct GuardsConfiguration: Sendable, Equatable {
    /// What a guard does with what it finds.
    package var policy: GuardPolicy
    /// Categories not reported or acted on. YAML `disabled_categories`, default none.
    package var disabledCategories: [String]
    /// Markers after which the user's own text starts in a templated prompt. YAML `user_text_markers`.
    package var userTextMarkers: [String]
    /// Replace personal data in the user's text before the request goes to Google. Off by default:
    /// the request is then no longer forwarded byte for byte. YAML `redact_prompts`.
    package var redactPrompts: Bool

    package static let categories = [
        "instruction_override", "system_prompt_extraction", "roleplay_jailbreak", "delimiter_injection",
        "encoded_payload", "exfiltration", "code_payload", "indirect_injection",
    ]

    package init(
        policy: GuardPolicy = .default, disabledCategories: [String] = [],
        userTextMarkers: [String] = ["Customer message:", "Current message:"], redactPrompts: Bool = false
    ) {
        self.policy = policy
        self.disabledCategories = disabledCategories
        self.userTextMarkers = userTextMarkers
        self.redactPrompts = redactPrompts
    }

    package static let `default` = GuardsConfiguration()
}

extension GuardsConfiguration: ConfigSection {
    /// Reads the `guards` section.
    init(reading reader: ConfigReader) {
        let d = Self.default
        let disabled = reader.strings("disabled_categories", default: d.disabledCategories)
        for name in disabled where !Self.categories.contains(name) {
            reader.log.record(
                keyPath: reader.keyPath("disabled_categories"), line: reader.line(of: "disabled_categories"),
                "unknown category '\(name)'; known categories are \(Self.categories.joined(separator: ", "))"
            )
        }
        self.init(
            policy: GuardPolicy(reading: reader),
            disabledCategories: disabled.filter { Self.categories.contains($0) },
            userTextMarkers: reader.strings("user_text_markers", default: d.userTextMarkers),
            redactPrompts: reader.bool("redact_prompts", default: d.redactPrompts)
        )
    }
}

extension GuardPolicy {
    /// The policy keys of the `guards` section; a missing or bad key keeps the default.
    init(reading reader: ConfigReader) {
        let d = Self.default
        self.init(
            mode: reader.choice("mode", default: d.mode),
            threshold: Self.score(reader, "threshold", default: d.threshold),
            blockThreshold: reader.line(of: "block_threshold") == nil ? nil : Self.score(reader, "block_threshold", default: d.threshold),
            blockStatus: reader.int("block_status", default: d.blockStatus, in: 400...599),
            blockMessage: reader.string("block_message", default: d.blockMessage),
            sessionLimit: reader.int("session_limit", default: d.sessionLimit, in: 1...10_000),
            sessionWindow: reader.duration("session_window", default: d.sessionWindow, in: .seconds(1)...(.seconds(86_400))),
            sessionCooldown: reader.duration("session_cooldown", default: d.sessionCooldown, in: .zero...(.seconds(86_400)))
        )
    }

    /// A score between 0 and 1 under `key`.
    private static func score(_ reader: ConfigReader, _ key: String, default value: Double) -> Double {
        reader.parsed(key, default: value, expected: "a number between 0 and 1") { (text) throws(ConfigValueError) in
            guard let value = Double(text), (0...1).contains(value) else {
                throw .outOfRange("must be a number between 0 and 1, got '\(text)'")
            }
            return value
        }
    }
}
