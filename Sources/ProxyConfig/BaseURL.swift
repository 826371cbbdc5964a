/// Validation of the upstream base URLs in the configuration.
enum BaseURL {
    /// The placeholder that Vertex regional and multi-region URLs expand to a location.
    static let locationPlaceholder = "{location}"

    /// Whether a URL must, may or must not contain ``locationPlaceholder``.
    enum LocationPlaceholder {
        /// The URL is expanded per location and must name where (`vertex_regional_url`).
        case required
        /// The URL is expanded per location if it names where (`vertex_multi_region_url`).
        case allowed
        /// The URL is used as is (`gemini_api_url`, `vertex_global_url`, `fallback_url`).
        case forbidden
    }

    /// Returns `text` if it is an `http://` or `https://` URL with a host and no query, fragment,
    /// spaces or unknown `{…}` placeholders; otherwise throws why not.
    /// - Parameters:
    ///   - text: The URL, e.g. `https://{location}-aiplatform.googleapis.com`.
    ///   - location: Whether `{location}` must, may or must not appear.
    static func validate(_ text: String, location: LocationPlaceholder) throws(ConfigValueError) -> String {
        func invalid(_ reason: String) -> ConfigValueError {
            .invalidValue("invalid URL '\(text)': \(reason)")
        }
        let lowercased = text.lowercased()
        guard let scheme = ["http://", "https://"].first(where: { lowercased.hasPrefix($0) }) else {
            throw invalid("must start with http:// or https://")
        }
        let host = text.dropFirst(scheme.count).prefix { $0 != "/" }
        guard !host.isEmpty else { throw invalid("missing host") }
        guard !text.contains(where: { $0.isWhitespace || $0.unicodeScalars.contains { $0.value < 0x20 } }) else {
            throw invalid("must not contain spaces or control characters")
        }
        guard !text.contains("?"), !text.contains("#") else {
            throw invalid("must not have a query or fragment")
        }
        let hasPlaceholder = text.contains(locationPlaceholder)
        let withoutPlaceholder = text.replacing(locationPlaceholder, with: "")
        guard !withoutPlaceholder.contains("{"), !withoutPlaceholder.contains("}") else {
            throw invalid("the only placeholder allowed is \(locationPlaceholder)")
        }
        switch location {
        case .required where !hasPlaceholder:
            throw invalid("must contain \(locationPlaceholder), like https://{location}-aiplatform.googleapis.com")
        case .forbidden where hasPlaceholder:
            throw invalid("\(locationPlaceholder) is only expanded in vertex_regional_url and vertex_multi_region_url")
        default:
            return text
        }
    }
}
