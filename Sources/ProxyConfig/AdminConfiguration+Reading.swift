extension AdminConfiguration: ConfigSection {
    /// Reads the `admin` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            listen: reader.parsed(
                "listen", default: defaults.listen, expected: "a listen address like '127.0.0.1:9464'",
                ListenAddress.init(parsing:)
            ),
            recentCalls: reader.int("recent_calls", default: defaults.recentCalls, in: 0...10_000)
        )
    }
}
