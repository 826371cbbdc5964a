/// Masks personal data in text that leaves the process. Placeholder until the detector lands.
enum PIIRedaction {
    @Sendable static func redact(_ text: String) -> String { text }
}
