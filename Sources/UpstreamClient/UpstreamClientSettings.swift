/// How Outrigger talks to Google: plain values, filled from the `upstream` config section.
package struct UpstreamClientSettings: Sendable, Equatable {
    /// TCP + TLS connect timeout.
    package var connectTimeout: Duration
    /// The longest silence from the upstream once the request is sent: before the response head
    /// and between body chunks (AsyncHTTPClient's per-request idle read timeout).
    package var idleReadTimeout: Duration
    /// Offer HTTP/2 through ALPN (TLS upstreams); plain-HTTP upstreams always use HTTP/1.1.
    package var http2: Bool
    /// Concurrent HTTP/1.1 connections per upstream host; streams queue beyond it.
    package var maxConnectionsPerHost: Int
    /// How long an idle pooled connection is kept.
    package var idleConnectionTimeout: Duration

    package init(
        connectTimeout: Duration = .seconds(5), idleReadTimeout: Duration = .seconds(120), http2: Bool = true, maxConnectionsPerHost: Int = 256,
        idleConnectionTimeout: Duration = .seconds(60)
    ) {
        self.connectTimeout = connectTimeout
        self.idleReadTimeout = idleReadTimeout
        self.http2 = http2
        self.maxConnectionsPerHost = maxConnectionsPerHost
        self.idleConnectionTimeout = idleConnectionTimeout
    }
}
