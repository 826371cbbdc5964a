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
        try validateAuthority(host, invalid: invalid)
        switch location {
        case .required where !hasPlaceholder:
            throw invalid("must contain \(locationPlaceholder), like https://{location}-aiplatform.googleapis.com")
        case .forbidden where hasPlaceholder:
            throw invalid("\(locationPlaceholder) is only expanded in vertex_regional_url and vertex_multi_region_url")
        default:
            return text
        }
    }

    /// `host[:port]`: no credentials, a host name (with `{location}`), IPv4 or bracketed IPv6 address,
    /// and a port in 1...65535.
    private static func validateAuthority(_ authority: Substring, invalid: (String) -> ConfigValueError) throws(ConfigValueError) {
        guard !authority.contains("@") else {
            throw invalid("must not hold credentials (user:password@); Outrigger forwards the client's own credentials")
        }
        var host = authority
        var port: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw invalid("an IPv6 address needs its closing ]") }
            host = authority[...close]
            let rest = authority[authority.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { throw invalid("expected :PORT after the IPv6 address") }
                port = rest.dropFirst()
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            port = authority[authority.index(after: colon)...]
        }
        let hostName = host.hasPrefix("[") ? "" : host.replacing(locationPlaceholder, with: "x")
        guard hostName.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else {
            throw invalid("the host may hold only letters, digits, '.', '-' and \(locationPlaceholder)")
        }
        if let port {
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(port), (1...65535).contains(number) else {
                throw invalid("the port must be a number from 1 to 65535")
            }
        }
    }
}
