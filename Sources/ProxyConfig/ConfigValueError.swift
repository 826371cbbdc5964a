/// Why one config value cannot be used. The reader adds the key path and line when it records it.
package struct ConfigValueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Label-safe kinds of bad values.
    private enum Code: String, Sendable {
        case wrongType = "wrong_type"
        case invalidValue = "invalid_value"
        case outOfRange = "out_of_range"
    }

    private let _code: Code
    /// A human sentence, e.g. `expected a boolean (true or false), got 'yes please'`.
    package let message: String

    private init(_ code: Code, _ message: String) {
        self._code = code
        self.message = message
    }

    /// A label-safe code: `wrong_type`, `invalid_value` or `out_of_range`.
    package var code: String { _code.rawValue }

    package var description: String { message }

    /// The value has the wrong shape, e.g. a mapping where a number belongs.
    /// - Parameters:
    ///   - expected: What belongs there, with its article (`a boolean (true or false)`).
    ///   - got: What was found (`a mapping`, `'yes please'`).
    package static func wrongType(expected: String, got: String) -> Self {
        Self(.wrongType, "expected \(expected), got \(got)")
    }

    /// The value has the right shape but cannot be parsed, e.g. a duration of `5 parsecs`.
    /// - Parameters:
    ///   - message: The whole sentence to show.
    package static func invalidValue(_ message: String) -> Self {
        Self(.invalidValue, message)
    }

    /// The value parsed but lies outside the allowed range.
    /// - Parameters:
    ///   - message: The whole sentence to show.
    package static func outOfRange(_ message: String) -> Self {
        Self(.outOfRange, message)
    }
}
