/// Prompt-injection scoring and personal-data handling. YAML section `guards`.
package struct GuardsConfiguration: Sendable, Equatable {
    /// `observe` (score, tag, export) or `block` (answer without calling Google above the
    /// threshold). YAML `mode`, default `observe`.
    package var mode: String
    /// Scores at or above this are injections. YAML `threshold`, default 0.7.
    package var threshold: Double
    /// In `block` mode, only scores at or above this (and `threshold`) are blocked, so tags and
    /// metrics can use a lower threshold than blocking. YAML `block_threshold`, default: `threshold`.
    package var blockThreshold: Double? = nil
    /// The status and message of a blocked request's Gemini-style error. YAML `block_status`
    /// (default 400) and `block_message`.
    package var blockStatus: Int
    package var blockMessage: String
    /// Categories not reported or acted on. YAML `disabled_categories`, default none.
    package var disabledCategories: [String]
    /// Markers after which the user's own text starts in a templated prompt. YAML `user_text_markers`.
    package var userTextMarkers: [String]
    /// More than this many suspicious requests from one session within `session_window` flags it.
    /// YAML `session_limit` (default 5) and `session_window` (default `1m`).
    package var sessionLimit: Int
    package var sessionWindow: Duration
    /// In `block` mode, how long a flagged session is blocked; `0s` (default) only flags it.
    package var sessionCooldown: Duration
    /// Replace personal data in the user's text before the request goes to Google. Off by default:
    /// the request is then no longer forwarded byte for byte. YAML `redact_prompts`.
    package var redactPrompts: Bool

    package static let modes = ["observe", "block"]
    package static let categories = [
        "instruction_override", "system_prompt_extraction", "roleplay_jailbreak", "delimiter_injection",
        "encoded_payload", "exfiltration", "code_payload", "indirect_injection",
    ]

    package init(
        mode: String = "observe", threshold: Double = 0.7, blockStatus: Int = 400,
        blockMessage: String = "This request was blocked by the LLM gateway's prompt-injection policy.",
        disabledCategories: [String] = [], userTextMarkers: [String] = ["Customer message:", "Current message:"],
        sessionLimit: Int = 5, sessionWindow: Duration = .seconds(60), sessionCooldown: Duration = .zero,
        redactPrompts: Bool = false
    ) {
        self.mode = mode
        self.threshold = threshold
        self.blockStatus = blockStatus
        self.blockMessage = blockMessage
        self.disabledCategories = disabledCategories
        self.userTextMarkers = userTextMarkers
        self.sessionLimit = sessionLimit
        self.sessionWindow = sessionWindow
        self.sessionCooldown = sessionCooldown
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
        let blockThreshold = reader.optionalString("block_threshold") == nil ? nil : Self.readThreshold(reader, "block_threshold")
        self.init(
            mode: reader.parsed("mode", default: d.mode, expected: "observe or block") { (text) throws(ConfigValueError) in
                guard Self.modes.contains(text.lowercased()) else {
                    throw .invalidValue("invalid mode '\(text)': expected observe or block")
                }
                return text.lowercased()
            },
            threshold: Self.readThreshold(reader, "threshold"),
            blockStatus: reader.int("block_status", default: d.blockStatus, in: 400...599),
            blockMessage: reader.string("block_message", default: d.blockMessage),
            disabledCategories: disabled.filter { Self.categories.contains($0) },
            userTextMarkers: reader.strings("user_text_markers", default: d.userTextMarkers),
            sessionLimit: reader.int("session_limit", default: d.sessionLimit, in: 1...10_000),
            sessionWindow: reader.duration("session_window", default: d.sessionWindow, in: .seconds(1)...(.seconds(86_400))),
            sessionCooldown: reader.duration("session_cooldown", default: d.sessionCooldown, in: .zero...(.seconds(86_400))),
            redactPrompts: reader.bool("redact_prompts", default: d.redactPrompts)
        )
        self.blockThreshold = blockThreshold
    }

    /// A score threshold between 0 and 1 under `key`; the default threshold when absent.
    private static func readThreshold(_ reader: ConfigReader, _ key: String) -> Double {
        reader.parsed(key, default: Self.default.threshold, expected: "a number between 0 and 1") { (text) throws(ConfigValueError) in
            guard let value = Double(text), (0...1).contains(value) else {
                throw .outOfRange("must be a number between 0 and 1, got '\(text)'")
            }
            return value
        }
    }
}
