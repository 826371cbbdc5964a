import Yams

/// Turns configuration text into a Yams node tree, recording YAML errors as problems.
///
/// Yams rejects a mapping with a repeated key and stops there. To still report every problem,
/// the first occurrence of the repeated key is renamed in the text with a marker and the text is
/// composed again; ``ConfigReader`` recognises marked keys and reports them as duplicates at the
/// line of the occurrence that remains.
enum ConfigDocument {
    /// Prefix of the marker that renames a repeated key: `__outrigger_duplicate_<n>__<key>`.
    private static let duplicatePrefix = "__outrigger_duplicate_"
    /// At most this many repeated keys are marked before giving up.
    private static let maximumDuplicates = 100

    /// Composes `text`, or records why it cannot be and returns nil. An empty document is nil too.
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - log: Where YAML errors go.
    static func compose(_ text: String, log: ConfigProblemLog) -> Node? {
        var text = text
        for attempt in 1...maximumDuplicates {
            do {
                return try Yams.compose(yaml: text, .default, .default, .utf8)
            } catch let error as YamlError {
                if case .duplicatedKeysInMapping(let keys, let context) = error {
                    if let marked = marking(text, at: context.mark, attempt: attempt) {
                        text = marked
                        continue
                    }
                    let names = keys.map { "'\($0)'" }.joined(separator: ", ")
                    log.record(keyPath: "", line: context.mark.line, "duplicate key \(names)")
                    return nil
                }
                record(error, in: text, log: log)
                return nil
            } catch {
                log.record(keyPath: "", line: nil, "invalid YAML: \(error)")
                return nil
            }
        }
        log.record(keyPath: "", line: nil, "more than \(maximumDuplicates) duplicate keys")
        return nil
    }

    /// The key a marker renamed, or nil when `key` carries no marker.
    /// - Parameters:
    ///   - key: A key as composed.
    static func originalKey(ofDuplicate key: String) -> String? {
        guard key.hasPrefix(duplicatePrefix) else { return nil }
        let rest = key.dropFirst(duplicatePrefix.count)
        guard let end = rest.firstRange(of: "__") else { return nil }
        var original = rest[end.upperBound...]
        // A quoted key keeps its quotes after the marker; take them off again.
        if let quote = original.first, quote == "\"" || quote == "'", original.count >= 2, original.last == quote {
            original = original.dropFirst().dropLast()
        }
        return String(original)
    }

    /// `text` with a marker inserted at `mark`, or nil when the mark is not inside the text.
    private static func marking(_ text: String, at mark: Mark, attempt: Int) -> String? {
        var lineStart = text.unicodeScalars.startIndex
        for _ in 1..<max(mark.line, 1) {
            guard let newline = text.unicodeScalars[lineStart...].firstIndex(of: "\n") else { return nil }
            lineStart = text.unicodeScalars.index(after: newline)
        }
        let scalars = text.unicodeScalars
        guard var position = scalars.index(lineStart, offsetBy: mark.column - 1, limitedBy: scalars.endIndex) else {
            return nil
        }
        // The mark of a key with an anchor or tag (`&a key:`) points at those; the marker goes after them.
        while position < scalars.endIndex, scalars[position] == "&" || scalars[position] == "!" {
            position = scalars[position...].firstIndex { $0 == " " } ?? scalars.endIndex
            position = scalars[position...].firstIndex { $0 != " " } ?? scalars.endIndex
        }
        var marked = text
        marked.insert(contentsOf: "\(duplicatePrefix)\(attempt)__", at: position)
        return marked
    }

    /// Records a Yams scanner, parser or reader error with its line.
    private static func record(_ error: YamlError, in text: String, log: ConfigProblemLog) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "invalid YAML: \(problem)"
            if let context, problem.hasPrefix("but ") {
                message = "invalid YAML: \(context.text) \(problem)"
            } else if let context {
                message += " (\(context.text) on line \(context.mark.line))"
            }
            log.record(keyPath: "", line: mark.line, message)
        case .reader(let problem, let offset, _, _):
            let line = offset.map { offset in
                1 + text.prefix(offset).reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) }
            }
            log.record(keyPath: "", line: line, "invalid YAML: \(problem)")
        default:
            log.record(keyPath: "", line: nil, "invalid YAML: \(error)")
        }
    }
}
