extension UpstreamConfiguration: ConfigSection {
    /// Reads the `upstream` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            geminiAPIURL: reader.url("gemini_api_url", default: defaults.geminiAPIURL, location: .forbidden),
            vertexRegionalURL: reader.url(
                "vertex_regional_url", default: defaults.vertexRegionalURL, location: .required
            ),
            vertexGlobalURL: reader.url("vertex_global_url", default: defaults.vertexGlobalURL, location: .forbidden),
            vertexMultiRegionURL: reader.url(
                "vertex_multi_region_url", default: defaults.vertexMultiRegionURL, location: .allowed
            ),
            fallbackURL: reader.url("fallback_url", default: defaults.fallbackURL, location: .forbidden),
            http2: reader.bool("http2", default: defaults.http2),
            maxConnectionsPerHost: reader.int(
                "max_connections_per_host", default: defaults.maxConnectionsPerHost, in: 1...100_000
            ),
            timeouts: reader.section("timeouts")
        )
    }
}
