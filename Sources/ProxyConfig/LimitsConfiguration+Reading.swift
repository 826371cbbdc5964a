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
            ),
            maxHeaderBytes: reader.byteSize("max_header_bytes", default: defaults.maxHeaderBytes, in: 1024...(1 << 20)),
            maxHeaderCount: reader.int("max_header_count", default: defaults.maxHeaderCount, in: 1...10_000),
            maxConnections: reader.int("max_connections", default: defaults.maxConnections, in: 1...1_000_000),
            idleTimeout: reader.duration("idle_timeout", default: defaults.idleTimeout, in: .zero...(.seconds(86_400))),
            requestReadTimeout: reader.duration(
                "request_read_timeout", default: defaults.requestReadTimeout, in: .zero...(.seconds(86_400))
            ),
            analysisQueueBytes: reader.byteSize(
                "analysis_queue_bytes", default: defaults.analysisQueueBytes, in: (64 << 10)...(1 << 30)
            ),
            inFlightBodyBytes: reader.byteSize("in_flight_body_bytes", default: defaults.inFlightBodyBytes, in: (64 << 10)...Int.max)
        )
    }
}
