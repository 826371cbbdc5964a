/// Collects the problems found while reading one configuration source.
///
/// Shared by every ``ConfigReader`` of a load, so that reading goes on after a problem and
/// all of them are reported together. Used by one load on one task; never shared.
final class ConfigProblemLog {
    /// The file path or other name used in each problem's description.
    let source: String
    private var recorded: [ConfigProblem] = []

    init(source: String) {
        self.source = source
    }

    /// Records a problem.
    /// - Parameters:
    ///   - keyPath: The dotted key path, or empty for the whole document.
    ///   - line: The 1-based line, when known.
    ///   - message: What is wrong.
    func record(keyPath: String, line: Int?, _ message: String) {
        recorded.append(ConfigProblem(source: source, keyPath: keyPath, line: line, message: message))
    }

    /// The problems in file order (by line, then in the order found); those without a line last.
    var problems: [ConfigProblem] {
        recorded.enumerated()
            .sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }
            .map(\.element)
    }
}
