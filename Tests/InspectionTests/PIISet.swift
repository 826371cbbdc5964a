#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Inspection

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The labelled PII set in `data/pii/` (made by `tools/make_pii_set.py`): personal data in seven
/// locales that must be found, and shop look-alikes that must produce no finding.
struct PIISet {
    /// One JSONL line.
    struct Row: Decodable, Sendable {
        var id: String
        var locale: String
        /// A `PIIKind` raw value, or `none` for a shop look-alike.
        var kind: String
        /// The kind again, or the look-alike's category (`order`, `tracking`, `price` …).
        var category: String
        var text: String
        var value: String
    }

    /// The outcome of running the detector over one part of the set.
    struct Score {
        /// Found and total rows per `kind/locale`.
        var recall: [String: (found: Int, total: Int)] = [:]
        /// Flagged and total look-alikes per category.
        var lookAlikes: [String: (flagged: Int, total: Int)] = [:]
        /// Personal data rows whose value no finding of their kind covered.
        var misses: [Row] = []
        /// Look-alike rows with any finding, and what was found.
        var falsePositives: [(row: Row, hits: [Hit])] = []
    }

    let rows: [Row]

    /// Loads `data/pii/<part>.jsonl` from the repository that holds this file.
    /// - Parameters:
    ///   - part: `dev` or `holdout`.
    static func load(_ part: String) throws -> PIISet {
        let url = try repositoryRoot().appending(path: "data/pii/\(part).jsonl")
        let data = try Data(contentsOf: url)
        let decoder = JSONDecoder()
        let rows = try data.split(separator: UInt8(ascii: "\n")).map { try decoder.decode(Row.self, from: Data($0)) }
        return PIISet(rows: rows)
    }

    /// The repository root: the first ancestor of this file (symbolic links resolved) with `data/pii`.
    static func repositoryRoot(file: String = #filePath) throws -> URL {
        var resolved = file
        if let real = realpath(file, nil) {
            resolved = String(cString: real)
            free(real)
        }
        var url = URL(filePath: resolved).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appending(path: "data/pii/dev.jsonl").path) { return url }
            url = url.deletingLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile)
    }

    /// Runs `detector` over every row.
    /// - Parameters:
    ///   - detector: The detector under test; every kind by default.
    func score(with detector: PIIDetector = PIIDetector()) -> Score {
        var score = Score()
        for row in rows {
            let hits = detector.findings(in: row.text).map { finding in
                (finding, Hit(finding.kind, String(row.text[finding.range(in: row.text)])))
            }
            if row.kind == "none" {
                score.lookAlikes[row.category, default: (0, 0)].total += 1
                if !hits.isEmpty {
                    score.lookAlikes[row.category]!.flagged += 1
                    score.falsePositives.append((row, hits.map(\.1)))
                }
                continue
            }
            let key = "\(row.kind)/\(row.locale)"
            score.recall[key, default: (0, 0)].total += 1
            if Self.covers(hits.map(\.0), value: row.value, kind: row.kind, in: row.text) {
                score.recall[key]!.found += 1
            } else {
                score.misses.append(row)
            }
        }
        return score
    }

    /// Whether a finding of `kind` covers the (first) occurrence of `value` in `text`.
    static func covers(_ findings: [PIIFinding], value: String, kind: String, in text: String) -> Bool {
        guard let range = text.utf8.firstRange(of: value.utf8) else { return false }
        let lower = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
        let upper = lower + value.utf8.count
        return findings.contains { $0.kind.rawValue == kind && $0.utf8Range.lowerBound <= lower && $0.utf8Range.upperBound >= upper }
    }
}

extension PIISet.Score {
    /// A Markdown report: recall per kind and locale, look-alikes flagged per category, then every miss
    /// and false positive.
    func report(title: String) -> String {
        var lines = ["### \(title)", ""]
        let kinds = Array(Set(recall.keys.map { String($0.split(separator: "/")[0]) })).sorted()
        let locales = Array(Set(recall.keys.map { String($0.split(separator: "/")[1]) })).sorted()
        lines.append("| kind | " + locales.joined(separator: " | ") + " | all |")
        lines.append("|---|" + String(repeating: "---|", count: locales.count + 1))
        for kind in kinds {
            var cells: [String] = []
            var found = 0, total = 0
            for locale in locales {
                guard let cell = recall["\(kind)/\(locale)"] else { cells.append("–"); continue }
                cells.append("\(cell.found)/\(cell.total)")
                found += cell.found
                total += cell.total
            }
            lines.append("| \(kind) | " + cells.joined(separator: " | ") + " | \(found)/\(total) |")
        }
        lines.append("")
        let flagged = lookAlikes.values.reduce(0) { $0 + $1.flagged }
        let total = lookAlikes.values.reduce(0) { $0 + $1.total }
        let perCategory = lookAlikes.keys.sorted().map { "\($0) \(lookAlikes[$0]!.flagged)/\(lookAlikes[$0]!.total)" }
        lines.append("Shop look-alikes flagged: \(flagged)/\(total) (" + perCategory.joined(separator: ", ") + ")")
        for row in misses { lines.append("- miss \(row.id) \(row.kind) \(row.locale): \(row.text)") }
        for (row, hits) in falsePositives { lines.append("- false positive \(row.id) \(row.category): \(row.text) → \(hits)") }
        return lines.joined(separator: "\n")
    }
}
