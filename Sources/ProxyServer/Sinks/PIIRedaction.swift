import Inspection

/// Masks personal data (emails, phone numbers, cards, IBANs, SSNs, IP addresses, secrets) in text
/// that leaves the process, with the Inspection module's detector.
enum PIIRedaction {
    static let detector = PIIDetector()

    @Sendable static func redact(_ text: String) -> String {
        detector.redact(text).text
    }
}
