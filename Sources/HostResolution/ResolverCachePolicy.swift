/// What the upstream resolver caches and for how long.
package struct ResolverCachePolicy: Sendable, Equatable {
    /// Most names kept; when full, the entry that expires first goes. Default 512.
    package var capacity = 512
    /// A shorter TTL is raised to this, so a TTL of 0 does not mean a query per call. Default 5 s.
    package var minimumTTL: Duration = .seconds(5)
    /// A longer TTL is cut to this, so a moved endpoint is picked up. Default 300 s.
    package var maximumTTL: Duration = .seconds(300)
    /// How long "no such host" (NXDOMAIN, NODATA) is kept. Default 5 s.
    package var negativeTTL: Duration = .seconds(5)

    /// The defaults above.
    package static let `default` = ResolverCachePolicy()

    package init() {}
}
