extension LimitsConfiguration: ConfigSection {
    /// Reads the `limits` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            maxRequestBodyBytes: reader.byteSize(
                "max_request_body", default: defaults.maxRequestBodyBytes, in: 1024...Int.max
            ),
            maxResponseTapBytes: reader.byteSize(
                "max_response_tap", default: defaults.maxResponseTapBytes, in: 1024...Int.max
            )
        )
    }
}
