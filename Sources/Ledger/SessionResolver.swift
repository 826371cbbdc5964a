import ProxyCore

/// Finds the end-user session a call belongs to: from a request header, else from a Vertex
/// request label.
///
/// Ids are normalized the same way from either source: control and format characters removed,
/// surrounding whitespace trimmed, cut to at most ``maximumUTF8Length`` bytes on a character
/// boundary. That byte cap is what bounds the memory of every per-session table.
package struct SessionResolver: Sendable, Hashable {
    /// The longest session id kept, in UTF-8 bytes.
    package static let maximumUTF8Length = 128

    /// The request header carrying the session id, lowercased. Default `x-session-id`.
    package var headerName: String
    /// The Vertex `labels` key carrying the session id when the header is absent. Default `session_id`.
    package var labelKey: String

    /// A resolver.
    /// - Parameters:
    ///   - headerName: The request header to read (the caller looks it up; this is its name).
    ///   - labelKey: The `labels` key to read.
    package init(headerName: String = "x-session-id", labelKey: String = "session_id") {
        self.headerName = headerName.lowercased()
        self.labelKey = labelKey
    }

    package static let `default` = SessionResolver()

    /// The session id of a call, or nil when it carries none.
    ///
    /// The header wins when it yields an id; a header that is empty once normalized falls back to
    /// the label.
    /// - Parameters:
    ///   - header: The value of the ``headerName`` header, if present.
    ///   - labels: The request's Vertex `labels` (`PromptSummary.labels`).
    package func resolve(header: String?, labels: [String: String]) -> String? {
        if let header, let id = Self.normalize(header) { return id }
        if let label = labels[labelKey], let id = Self.normalize(label) { return id }
        return nil
    }

    /// `raw` without control or format characters, trimmed, at most ``maximumUTF8Length`` bytes
    /// (cut on a character boundary, then trimmed again); nil when nothing is left.
    /// - Parameters:
    ///   - raw: The id as received.
    package static func normalize(_ raw: String) -> String? {
        // Keep scalars until just past the cap, so the cut below sees whole characters; this also
        // bounds the work on a long header.
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in raw.unicodeScalars where !scalar.isControlOrFormat {
            if kept.isEmpty, scalar.properties.isWhitespace { continue }
            kept.append(scalar)
            bytes += scalar.utf8.count
            if bytes > maximumUTF8Length { break }
        }
        var id = String(kept).trimmingWhitespace()
        if id.utf8.count > maximumUTF8Length {
            var end = id.startIndex
            var used = 0
            for index in id.indices {
                let next = id[index].utf8.count
                if used + next > maximumUTF8Length { break }
                used += next
                end = id.index(after: index)
            }
            id = id[..<end].trimmingWhitespace()
        }
        return id.isEmpty ? nil : String(id)
    }
}
