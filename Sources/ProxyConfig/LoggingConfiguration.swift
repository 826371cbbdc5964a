/// What Outrigger logs and how. YAML section `logging`.
package struct LoggingConfiguration: Sendable, Equatable {
    /// The least severe level written.
    /// YAML `logging.level`, default `info`, env `OUTRIGGER_LOG_LEVEL`.
    package var level: LogLevel
    /// `text` for people, `json` for log collectors. YAML `logging.format`, default `text`.
    package var format: LogFormat

    /// Creates a logging configuration; every parameter defaults to its documented default.
    package init(level: LogLevel = .info, format: LogFormat = .text) {
        self.level = level
        self.format = format
    }

    /// `info`, `text`.
    package static let `default` = LoggingConfiguration()
}
