extension TimeoutsConfiguration: ConfigSection {
    /// The range every timeout must lie in.
    static let allowedRange = Duration.milliseconds(1)...Duration.seconds(24 * 3600)

    /// Reads the `upstream.timeouts` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        let range = Self.allowedRange
        self.init(
            connect: reader.duration("connect", default: defaults.connect, in: range),
            firstByte: reader.duration("first_byte", default: defaults.firstByte, in: range),
            idle: reader.duration("idle", default: defaults.idle, in: range),
            total: reader.duration("total", default: defaults.total, in: range)
        )
    }
}
