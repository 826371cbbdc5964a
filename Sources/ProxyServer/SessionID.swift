import ProxyCore

/// Session ids come from a request header the calling service sets: keep them short and printable
/// before they reach LLM Observability.
enum SessionID {
    /// Characters kept at most.
    static let maxLength = 128

    /// `value` trimmed, without control characters, at most ``maxLength`` characters; nil if empty.
    static func sanitized(_ value: String) -> String? {
        var out = ""
        for scalar in value.unicodeScalars where !scalar.properties.generalCategory.isControlOrFormat {
            out.unicodeScalars.append(scalar)
            if out.unicodeScalars.count >= maxLength { break }
        }
        let trimmed = out.trimmingWhitespace()
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isControlOrFormat: Bool { self == .control || self == .format }
}
