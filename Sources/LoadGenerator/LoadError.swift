/// A load-generator failure; ``description`` says what to do about it.
package struct LoadError: Error, CustomStringConvertible, Sendable {
    private enum Code: String, Sendable {
        case invalidOption = "invalid_option"
        case unreadablePrompts = "unreadable_prompts"
        case noSuccess = "no_success"
    }

    private let code_: Code
    /// The human explanation, naming the flag or file to fix.
    package let description: String

    private init(_ code: Code, _ description: String) {
        self.code_ = code
        self.description = description
    }

    /// A label-safe name of the failure.
    package var code: String { code_.rawValue }

    /// A command-line option with a bad value.
    /// - Parameters:
    ///   - message: Names the option and the accepted values.
    package static func invalidOption(_ message: String) -> LoadError { LoadError(.invalidOption, message) }

    /// A `--prompts` file that can't be read or parsed.
    /// - Parameters:
    ///   - message: Names the file and line.
    package static func unreadablePrompts(_ message: String) -> LoadError { LoadError(.unreadablePrompts, message) }

    /// No request got an HTTP response.
    /// - Parameters:
    ///   - target: The `--target` URL that was tried.
    package static func noSuccess(target: String) -> LoadError {
        LoadError(
            .noSuccess,
            "no request got a response from \(target): start Outrigger (`outrigger serve --upstream http://127.0.0.1:8089` "
                + "with `outrigger mock-gemini --listen 127.0.0.1:8089`) or fix --target"
        )
    }
}
