/// How log lines are written. A struct over a private enum so that formats can be added.
package struct LogFormat: Sendable, Equatable, CustomStringConvertible {
    /// The known formats; the raw value is the name used in the configuration.
    private enum Kind: String, Sendable, CaseIterable {
        case text
        case json
    }

    private let kind: Kind

    private init(_ kind: Kind) {
        self.kind = kind
    }

    /// Human-readable lines: `timestamp level label: message key=value…`.
    package static let text = LogFormat(.text)
    /// One JSON object per line, for log collectors.
    package static let json = LogFormat(.json)

    /// The names of every format, as written in the configuration.
    package static let allNames: [String] = Kind.allCases.map(\.rawValue)

    /// Parses a format name, ignoring case.
    /// - Parameters:
    ///   - text: The name, e.g. `json`.
    package init(parsing text: String) throws(ConfigValueError) {
        guard let kind = Kind(rawValue: text.lowercased()) else {
            throw .invalidValue(
                "invalid log format '\(text)': expected one of \(Self.allNames.joined(separator: ", "))"
            )
        }
        self.init(kind)
    }

    /// The format's name, e.g. `json`.
    package var description: String { kind.rawValue }
}
