import JSON

/// Every rule's hourly baselines, for the adapter to write to a file and read back at start.
///
/// The encoding is JSON: `{"version":1,"savedAt":…,"baselines":[{"rule":…,"group":…,
/// "baseline":{"hourIndex":[168],"sums":[168],"counts":[168]}}]}`.
package struct BaselineSnapshot: Sendable, Hashable {
    /// The format version written by this build.
    package static let currentVersion = 1

    /// One baseline, by rule id and group (`model=gemini-2.5-flash`, `all`).
    package struct Entry: Sendable, Hashable {
        package var rule: String
        package var group: String
        package var baseline: HourlyBaseline

        package init(rule: String, group: String, baseline: HourlyBaseline) {
            self.rule = rule
            self.group = group
            self.baseline = baseline
        }
    }

    package var version: Int
    /// When the snapshot was taken (seconds since the epoch).
    package var savedAt: Double
    package var baselines: [Entry]

    /// A snapshot of the current version.
    /// - Parameters:
    ///   - savedAt: When it was taken.
    ///   - baselines: The baselines.
    package init(savedAt: Double, baselines: [Entry]) {
        self.version = Self.currentVersion
        self.savedAt = savedAt
        self.baselines = baselines
    }

    /// The snapshot as JSON bytes (fixed member order, so equal snapshots encode equally).
    package func encode() -> [UInt8] {
        var json = JSONWriter(capacity: 512 + baselines.count * 4096)
        json.object { json in
            json.field("version", version)
            json.field("savedAt", savedAt)
            json.key("baselines")
            json.array { json in
                for entry in baselines {
                    json.object { json in
                        json.field("rule", entry.rule)
                        json.field("group", entry.group)
                        json.key("baseline")
                        entry.baseline.write(into: &json)
                    }
                }
            }
        }
        return json.bytes
    }

    /// Reads a snapshot written by ``encode()``.
    /// - Parameters:
    ///   - bytes: The file's bytes.
    /// - Throws: ``BaselineSnapshotError`` when the bytes are not a snapshot or of another version.
    package init(decoding bytes: [UInt8]) throws(BaselineSnapshotError) {
        guard let document = try? JSONParser.parse(bytes), let version = document["version"]?.intValue else {
            throw .corrupt("not a baseline snapshot: \(bytes.count) bytes without a version field")
        }
        guard version == Self.currentVersion else {
            throw .unsupportedVersion(found: version, expected: Self.currentVersion)
        }
        guard let savedAt = document["savedAt"]?.doubleValue, let entries = document["baselines"]?.arrayValue else {
            throw .corrupt("version \(version) snapshot does not decode")
        }
        var baselines: [Entry] = []
        for entry in entries {
            guard let rule = entry["rule"]?.stringValue, let group = entry["group"]?.stringValue,
                let baseline = entry["baseline"].flatMap(HourlyBaseline.init(json:))
            else { throw .corrupt("version \(version) snapshot does not decode") }
            baselines.append(Entry(rule: rule, group: group, baseline: baseline))
        }
        self.init(savedAt: savedAt, baselines: baselines)
        guard baselines.allSatisfy(\.baseline.isWellFormed) else {
            throw .corrupt("a baseline does not have \(HourlyBaseline.hours) finite hourly buckets")
        }
    }
}

/// Why a ``BaselineSnapshot`` could not be read.
package struct BaselineSnapshotError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: String, Sendable, Hashable {
        case corrupt
        case unsupportedVersion = "unsupported_version"
    }

    private let base: Code
    /// A human description of what was wrong.
    package let detail: String

    /// The bytes are not a snapshot (not JSON, missing fields, wrong shapes).
    /// - Parameters:
    ///   - detail: What was wrong.
    package static func corrupt(_ detail: String) -> Self { Self(base: .corrupt, detail: detail) }

    /// The snapshot was written by a different format version.
    /// - Parameters:
    ///   - found: The version in the bytes.
    ///   - expected: The version this build reads.
    package static func unsupportedVersion(found: Int, expected: Int) -> Self {
        Self(base: .unsupportedVersion, detail: "snapshot version \(found), this build reads version \(expected)")
    }

    /// A label-safe code: `corrupt` or `unsupported_version`.
    package var code: String { base.rawValue }

    package var description: String { "baseline snapshot \(base.rawValue): \(detail)" }

    package static let corruptCode = "corrupt"
    package static let unsupportedVersionCode = "unsupported_version"
}
