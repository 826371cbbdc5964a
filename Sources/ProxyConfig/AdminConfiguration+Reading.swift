extension AdminConfiguration: ConfigSection {
    /// Reads the `admin` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            listen: reader.parsed(
                "listen", default: defaults.listen, expected: "a listen address like '127.0.0.1:9464'",
                ListenAddress.init(parsing:)
            ),
            recentCalls: reader.int("recent_calls", default: defaults.recentCalls, in: 0...10_000),
            tokenFile: reader.optionalString("token_file"),
            tokenEnv: reader.parsed("token_env", default: defaults.tokenEnv, expected: "an environment variable name") {
                (text) throws(ConfigValueError) in
                guard !text.isEmpty, text.utf8.allSatisfy({ $0 == UInt8(ascii: "_") || ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }) else {
                    throw .invalidValue("expected an environment variable name (letters, digits, '_'), got '\(text)'")
                }
                return text
            },
            allowUnauthenticated: reader.bool("allow_unauthenticated", default: defaults.allowUnauthenticated)
        )
    }
}
