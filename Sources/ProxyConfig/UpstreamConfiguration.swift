/// Where requests are forwarded, and how. YAML section `upstream`.
///
/// Base URLs are `scheme://host[:port]` with an optional path prefix, no query. Env
/// `OUTRIGGER_UPSTREAM` (and the `--upstream` flag) replace all of them, see ``overrideAll(with:)``.
package struct UpstreamConfiguration: Sendable, Equatable {
    /// The Gemini Developer API (`/v1beta/models/…`).
    /// YAML `upstream.gemini_api_url`, default `https://generativelanguage.googleapis.com`.
    package var geminiAPIURL: String
    /// Vertex AI in one region; `{location}` becomes the region from the request path.
    /// YAML `upstream.vertex_regional_url`, default `https://{location}-aiplatform.googleapis.com`.
    package var vertexRegionalURL: String
    /// Vertex AI `global`, express mode, and paths without a location.
    /// YAML `upstream.vertex_global_url`, default `https://aiplatform.googleapis.com`.
    package var vertexGlobalURL: String
    /// Vertex AI multi-region endpoints (locations `us`, `eu`); `{location}` becomes the location.
    /// YAML `upstream.vertex_multi_region_url`, default `https://aiplatform.{location}.rep.googleapis.com`.
    package var vertexMultiRegionURL: String
    /// Paths Outrigger does not recognise go here untouched.
    /// YAML `upstream.fallback_url`, default `https://generativelanguage.googleapis.com`.
    package var fallbackURL: String
    /// Offer HTTP/2 to TLS upstreams. YAML `upstream.http2`, default `true`.
    package var http2: Bool
    /// Connections per upstream host, 1...100000. YAML `upstream.max_connections_per_host`, default `256`.
    package var maxConnectionsPerHost: Int
    /// Connect, first-byte, idle and total timeouts. YAML `upstream.timeouts`.
    package var timeouts: TimeoutsConfiguration

    /// Creates an upstream configuration; every parameter defaults to its documented default.
    package init(
        geminiAPIURL: String = "https://generativelanguage.googleapis.com",
        vertexRegionalURL: String = "https://{location}-aiplatform.googleapis.com",
        vertexGlobalURL: String = "https://aiplatform.googleapis.com",
        vertexMultiRegionURL: String = "https://aiplatform.{location}.rep.googleapis.com",
        fallbackURL: String = "https://generativelanguage.googleapis.com",
        http2: Bool = true,
        maxConnectionsPerHost: Int = 256,
        timeouts: TimeoutsConfiguration = .default
    ) {
        self.geminiAPIURL = geminiAPIURL
        self.vertexRegionalURL = vertexRegionalURL
        self.vertexGlobalURL = vertexGlobalURL
        self.vertexMultiRegionURL = vertexMultiRegionURL
        self.fallbackURL = fallbackURL
        self.http2 = http2
        self.maxConnectionsPerHost = maxConnectionsPerHost
        self.timeouts = timeouts
    }

    /// Google's public endpoints, HTTP/2, 256 connections per host, default timeouts.
    package static let `default` = UpstreamConfiguration()

    /// Checks a base URL given outside the config file (the `--upstream` flag), as the file's URLs are.
    /// - Returns: the URL unchanged.
    /// - Throws: why the URL is unusable (scheme, host, port, credentials, query…).
    package static func validatedBaseURL(_ text: String) throws(ConfigValueError) -> String {
        try BaseURL.validate(text, location: .forbidden)
    }

    /// Sends every kind of call to one base URL, e.g. a mock server. Env `OUTRIGGER_UPSTREAM`
    /// and the `--upstream` flag use this.
    /// - Parameters:
    ///   - baseURL: The URL replacing all five upstream URLs, e.g. `http://127.0.0.1:9000`.
    package mutating func overrideAll(with baseURL: String) {
        geminiAPIURL = baseURL
        vertexRegionalURL = baseURL
        vertexGlobalURL = baseURL
        vertexMultiRegionURL = baseURL
        fallbackURL = baseURL
    }
}
