import JSON
package import Logging
import ProxyCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A swift-log handler writing one JSON object per line to standard error, the shape log
/// pipelines (and the Datadog Agent's log collection) parse without configuration. Every line
/// carries the unified service tags as `dd.service`, `dd.env` and `dd.version`, and a call's
/// lines add `dd.trace_id` and `dd.span_id`, so Datadog links them to the call's trace.
package struct JSONLogHandler: LogHandler {
    package var logLevel: Logger.Level = .info
    package var metadata: Logger.Metadata = [:]
    private let label: String

    /// - Parameters:
    ///   - label: The logger's label.
    ///   - service: `dd.service` (DD_SERVICE, else the configured service name).
    ///   - env: `dd.env` (DD_ENV); omitted when nil.
    ///   - version: `dd.version` (DD_VERSION); omitted when nil.
    package init(label: String, service: String? = nil, env: String? = nil, version: String? = nil) {
        self.label = label
        for (key, value) in [("dd.service", service), ("dd.env", env), ("dd.version", version)] {
            if let value, !value.isEmpty { metadata[key] = .string(value) }
        }
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        var line = "{\"timestamp\":\(WallClockSeconds.now()),\"status\":\(JSONWriter.quoted(event.level.rawValue))"
        line += ",\"logger\":\(JSONWriter.quoted(label)),\"message\":\(JSONWriter.quoted(event.message.description))"
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += ",\(JSONWriter.quoted(key)):\(JSONWriter.quoted(value.description))"
        }
        line += "}\n"
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}

/// Seconds since the epoch with millisecond precision, for log timestamps.
enum WallClockSeconds {
    static func now() -> String {
        let t = WallClock.now()
        let ms = Int64((t * 1000).rounded())
        return "\(ms / 1000).\(String(repeating: "0", count: 3 - String(ms % 1000).count))\(ms % 1000)"
    }
}
