/// The least severe log level that is written.
///
/// The raw values are swift-log's `Logger.Level` raw values, so
/// `Logger.Level(rawValue: level.rawValue)` always succeeds.
package enum LogLevel: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    case trace
    case debug
    case info
    case notice
    case warning
    case error
    case critical

    /// Parses a level name, ignoring case.
    /// - Parameters:
    ///   - text: The name, e.g. `info` or `WARNING`.
    package init(parsing text: String) throws(ConfigValueError) {
        guard let level = Self(rawValue: text.lowercased()) else {
            let names = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidValue("invalid log level '\(text)': expected one of \(names)")
        }
        self = level
    }

    /// The level's name, e.g. `info`.
    package var description: String { rawValue }
}
