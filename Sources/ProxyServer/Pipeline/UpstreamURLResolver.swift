import FoundationEssentials
import GeminiWire
import ProxyConfig

/// Maps a route's upstream target to a base URL from configuration, and builds the URL of each
/// forwarded request so that nothing on the request line can choose its host or port.
struct UpstreamURLResolver: Sendable {
    let upstream: UpstreamConfiguration

    /// The base URL (scheme, host, optional port; no trailing slash) for a target.
    func baseURL(for target: UpstreamTarget) -> String {
        switch target {
        case .geminiAPI: trimmed(upstream.geminiAPIURL)
        case .vertexGlobal: trimmed(upstream.vertexGlobalURL)
        case .vertexRegional(let location): trimmed(upstream.vertexRegionalURL.replacingLocation(with: location))
        case .vertexMultiRegion(let location): trimmed(upstream.vertexMultiRegionURL.replacingLocation(with: location))
        case .fallback: trimmed(upstream.fallbackURL)
        }
    }

    /// The URL to forward a request to: `base` followed by the origin-form `target`, checked by
    /// the same parser the HTTP client uses to name the base URL's scheme, host and port.
    /// - Parameters:
    ///   - base: a base URL from ``baseURL(for:)``.
    ///   - target: the request's origin-form target (`/v1beta/models/m:generateContent?alt=sse`).
    /// - Throws: ``UpstreamURLError`` when the result would go anywhere else or could not be sent.
    static func url(base: String, target: Substring) throws(UpstreamURLError) -> String {
        guard target.utf8.first == UInt8(ascii: "/") else { throw UpstreamURLError(base: base, reason: "the request target is not a path") }
        let expected = try endpoint(of: base)
        let built = base + target
        guard let parsed = URL(string: built), let parsedHost = parsed.host(percentEncoded: true) else {
            throw UpstreamURLError(base: base, reason: "the forwarded URL does not parse")
        }
        let port = parsed.port ?? expected.defaultPort
        guard parsed.scheme?.lowercased() == expected.scheme, parsedHost.lowercased() == expected.host, port == expected.port else {
            throw UpstreamURLError(base: base, reason: "the forwarded URL names another host or port")
        }
        return built
    }

    /// The `host[:port]` part of a base URL.
    static func host(of url: String) -> String {
        let afterScheme = url.firstRange(of: "://").map { url[$0.upperBound...] } ?? Substring(url)
        return String(afterScheme.prefix { $0 != "/" })
    }

    /// Scheme, lower-cased host and port of a base URL, the port defaulted by scheme and in 1...65535.
    private static func endpoint(of base: String) throws(UpstreamURLError) -> (scheme: String, host: String, port: Int, defaultPort: Int) {
        guard let parsed = URL(string: base), let scheme = parsed.scheme?.lowercased(), let host = parsed.host(percentEncoded: true), !host.isEmpty else {
            throw UpstreamURLError(base: base, reason: "the upstream base URL does not parse")
        }
        let defaultPort =
            switch scheme {
            case "http": 80
            case "https": 443
            default: throw UpstreamURLError(base: base, reason: "the upstream scheme is neither http nor https")
            }
        let port = parsed.port ?? defaultPort
        guard (1...65535).contains(port) else { throw UpstreamURLError(base: base, reason: "the upstream port \(port) is out of range") }
        guard parsed.user == nil, parsed.password == nil else {
            throw UpstreamURLError(base: base, reason: "the upstream base URL holds credentials")
        }
        return (scheme, host.lowercased(), port, defaultPort)
    }

    private func trimmed(_ url: String) -> String {
        url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}

/// The URL of a forwarded request could not be built safely; the request is answered 502.
struct UpstreamURLError: Error, CustomStringConvertible {
    /// The host and port the request was bound for (no request data or credentials, so safe to log).
    let upstream: String
    /// What was wrong, in words.
    let reason: String

    init(base: String, reason: String) {
        let authority = UpstreamURLResolver.host(of: base)
        self.upstream = String(authority[(authority.lastIndex(of: "@").map { authority.index(after: $0) } ?? authority.startIndex)...])
        self.reason = reason
    }

    var description: String { "cannot forward to \(upstream): \(reason)" }
}

extension String {
    /// Replaces every `{location}` placeholder.
    func replacingLocation(with location: String) -> String {
        split(separator: "{location}", omittingEmptySubsequences: false).joined(separator: location)
    }
}
