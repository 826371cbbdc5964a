extension LoggingConfiguration: ConfigSection {
    /// Reads the `logging` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            level: reader.parsed("level", default: defaults.level, expected: "a log level", LogLevel.init(parsing:)),
            format: reader.parsed("format", default: defaults.format, expected: "a log format", LogFormat.init(parsing:))
        )
    }
}
