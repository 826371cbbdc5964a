/// A configuration that cannot be used: every problem found, in file order.
///
/// The CLI prints ``description``, one line per problem.
package struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// Label-safe kinds of configuration failure.
    private enum Code: String, Sendable {
        case invalid
        case unreadable
    }

    private let _code: Code
    /// Every problem found; never empty.
    package var problems: [ConfigProblem]

    private init(_ code: Code, problems: [ConfigProblem]) {
        self._code = code
        self.problems = problems
    }

    /// A label-safe code: `invalid` (bad content) or `unreadable` (the file could not be read).
    package var code: String { _code.rawValue }

    /// One line per problem.
    package var description: String {
        problems.map(\.description).joined(separator: "\n")
    }

    /// The configuration was read but has problems.
    /// - Parameters:
    ///   - problems: Every problem found, in the order to report them.
    package static func invalid(_ problems: [ConfigProblem]) -> Self {
        Self(.invalid, problems: problems)
    }

    /// The configuration file could not be read at all.
    /// - Parameters:
    ///   - source: The file path.
    ///   - message: Why, e.g. `cannot read the config file: file not found`.
    package static func unreadable(source: String, message: String) -> Self {
        Self(.unreadable, problems: [ConfigProblem(source: source, keyPath: "", line: nil, message: message)])
    }
}
