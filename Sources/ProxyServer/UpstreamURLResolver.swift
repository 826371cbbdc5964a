import GeminiWire
import ProxyConfig

/// Maps a route's upstream target to a base URL from configuration.
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

    /// The `host[:port]` part of a base URL.
    static func host(of url: String) -> String {
        let afterScheme = url.firstRange(of: "://").map { url[$0.upperBound...] } ?? Substring(url)
        return String(afterScheme.prefix { $0 != "/" })
    }

    private func trimmed(_ url: String) -> String {
        url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}

extension String {
    /// Replaces every `{location}` placeholder.
    func replacingLocation(with location: String) -> String {
        split(separator: "{location}", omittingEmptySubsequences: false).joined(separator: location)
    }
}
