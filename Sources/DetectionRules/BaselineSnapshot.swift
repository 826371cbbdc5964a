internal import FoundationEssentials

/// Every rule's hourly baselines, for the adapter to write to a file and read back at start.
///
/// The encoding is JSON: `{"version":1,"savedAt":…,"baselines":[{"rule":…,"group":…,
/// "baseline":{"hourIndex":[168],"sums":[168],"counts":[168]}}]}`.
package struct BaselineSnapshot: Sendable, Hashable, Codable {
    /// The format version written by this build.
    package static let currentVersion = 1

    /// One baseline, by rule id and group (`model=gemini-2.5-flash`, `all`).
    package struct Entry: Sendable, Hashable, Codable {
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

    /// The snapshot as JSON bytes (keys sorted, so equal snapshots encode equally).
    package func encode() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Every field is a finite number, a string or an array of those, so encoding cannot fail.
        return (try? Array(encoder.encode(self))) ?? []
    }

    private struct VersionProbe: Decodable {
        var version: Int
    }

    /// Reads a snapshot written by ``encode()``.
    /// - Parameters:
    ///   - bytes: The file's bytes.
    /// - Throws: ``BaselineSnapshotError`` when the bytes are not a snapshot or of another version.
    package init(decoding bytes: [UInt8]) throws(BaselineSnapshotError) {
        let data = Data(bytes)
        let probe: VersionProbe
        do {
            probe = try JSONDecoder().decode(VersionProbe.self, from: data)
        } catch {
            throw .corrupt("not a baseline snapshot: \(bytes.count) bytes without a version field")
        }
        guard probe.version == Self.currentVersion else {
            throw .unsupportedVersion(found: probe.version, expected: Self.currentVersion)
        }
        do {
            self = try JSONDecoder().decode(BaselineSnapshot.self, from: data)
        } catch {
            throw .corrupt("version \(probe.version) snapshot does not decode")
        }
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
