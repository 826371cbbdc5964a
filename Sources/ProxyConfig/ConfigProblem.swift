/// One thing wrong with a configuration, pointing at the key and line that cause it.
package struct ConfigProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where the configuration came from: a file path, `<config>` or `environment`.
    package var source: String
    /// The dotted YAML key path (`upstream.timeouts.idle`), an environment variable name,
    /// or empty when the problem concerns the whole document.
    package var keyPath: String
    /// The 1-based line in `source`, when known.
    package var line: Int?
    /// A human sentence saying what is wrong.
    package var message: String

    /// Creates a problem.
    /// - Parameters:
    ///   - source: The file path or other name of the configuration's origin.
    ///   - keyPath: The dotted key path, or empty for the whole document.
    ///   - line: The 1-based line, when known.
    ///   - message: What is wrong.
    package init(source: String, keyPath: String, line: Int?, message: String) {
        self.source = source
        self.keyPath = keyPath
        self.line = line
        self.message = message
    }

    /// `<source>:<line>: <keyPath>: <message>`, leaving out the line and key path when absent.
    package var description: String {
        var text = source
        if let line { text += ":\(line)" }
        text += ": "
        if !keyPath.isEmpty { text += keyPath + ": " }
        return text + message
    }
}
