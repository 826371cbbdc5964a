import Yams

/// Reads the keys of one YAML mapping of the configuration.
///
/// A section's ``ConfigSection/init(reading:)`` asks for each key it knows through a typed
/// accessor (see `ConfigReader+Accessors.swift`). A missing key yields the default. A value that
/// cannot be used is recorded in the shared ``ConfigProblemLog`` with its key path and the line of
/// its key, and the default is kept, so reading goes on and every problem is reported at once.
/// ``finish()`` reports the keys nobody asked for.
final class ConfigReader {
    /// One `key: value` pair of the mapping.
    struct Entry {
        /// The key's text.
        let key: String
        /// The 1-based line of the key.
        let line: Int?
        /// The value node.
        let value: Node
    }

    /// The dotted key path of this mapping; empty at the top level.
    let path: String
    /// Where problems go.
    let log: ConfigProblemLog
    private(set) var entries: [Entry] = []
    private var known: [String] = []
    private var finished = false

    /// Creates a reader with no entries; every key reads as missing.
    /// - Parameters:
    ///   - path: The dotted key path of the mapping.
    ///   - log: Where problems go.
    init(path: String, log: ConfigProblemLog) {
        self.path = path
        self.log = log
    }

    /// Creates the reader for a whole document: its top-level mapping, or no entries when the
    /// document is empty or not a mapping (which is recorded as a problem).
    /// - Parameters:
    ///   - root: The composed document, or nil for an empty one.
    ///   - log: Where problems go.
    static func document(_ root: Node?, log: ConfigProblemLog) -> ConfigReader {
        let reader = ConfigReader(path: "", log: log)
        guard let root else { return reader }
        if case .mapping(let mapping) = root {
            reader.load(mapping)
        } else if !root.isNull {
            log.record(
                keyPath: "", line: root.mark?.line,
                "expected a mapping of settings at the top level, got \(root.summary)"
            )
        }
        return reader
    }

    /// The dotted path of `key` in this mapping.
    func keyPath(_ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    /// Marks `key` as known and returns its entry, if present.
    /// - Parameters:
    ///   - key: The YAML key.
    func take(_ key: String) -> Entry? {
        known.append(key)
        return entries.first { $0.key == key }
    }

    /// Every entry, known or not, in document order; marks all of them as known.
    func allEntries() -> [Entry] {
        known += entries.map(\.key)
        return entries
    }

    /// Records a problem with the value of `entry`.
    /// - Parameters:
    ///   - entry: The entry whose value is wrong.
    ///   - message: What is wrong.
    func record(_ entry: Entry, _ message: String) {
        log.record(keyPath: keyPath(entry.key), line: entry.line, message)
    }

    /// Reports every key that no accessor asked for, suggesting a known key for likely typos.
    /// Call once, after the section has read all its keys.
    func finish() {
        guard !finished else { return }
        finished = true
        for entry in entries where !known.contains(entry.key) {
            var message = "unknown key '\(entry.key)'"
            if let suggestion = EditDistance.closest(to: entry.key, in: known) {
                message += "; did you mean '\(suggestion)'?"
            } else if !known.isEmpty {
                message += "; known keys are " + known.joined(separator: ", ")
            }
            record(entry, message)
        }
    }

    /// Fills the entries from `mapping`, reporting keys that are not plain names and keys given twice.
    func load(_ mapping: Node.Mapping) {
        var earlierLines: [String: [Int]] = [:]
        for (keyNode, value) in mapping {
            let line = keyNode.mark?.line
            guard case .scalar(let scalar) = keyNode else {
                log.record(keyPath: path, line: line, "a key must be a plain name, got \(keyNode.summary)")
                continue
            }
            if let original = ConfigDocument.originalKey(ofDuplicate: scalar.string) {
                earlierLines[original, default: []] += line.map { [$0] } ?? []
            } else {
                entries.append(Entry(key: scalar.string, line: line, value: value))
            }
        }
        for (key, lines) in earlierLines.sorted(by: { $0.key < $1.key }) {
            let kept = entries.first { $0.key == key }
            let earlier = lines.sorted().map(String.init).joined(separator: ", ")
            log.record(
                keyPath: keyPath(key), line: kept?.line,
                "duplicate key '\(key)'; also set on line\(lines.count == 1 ? "" : "s") \(earlier)"
            )
        }
    }
}
