/// Why a host could not be resolved: the host, the servers asked, what happened and what to do.
///
/// `code` is label-safe for metric tags; `description` is for people.
package struct HostResolutionError: Error, CustomStringConvertible, Sendable, Equatable {
    private enum Code: String, Sendable {
        case invalidHost = "invalid_host"
        case noNameservers = "no_nameservers"
        case resolvConfUnreadable = "resolv_conf_unreadable"
        case notFound = "nxdomain"
        case noAddresses = "no_addresses"
        case serverFailure = "server_failure"
        case unreachable = "unreachable"
    }

    private let value: Code
    /// The host that was asked for (empty for a resolver that could not be built).
    package let host: String
    /// The servers asked, as `ip:port`, in the order they were tried.
    package let serversTried: [String]
    /// What the servers said or did, in words.
    package let detail: String

    private init(_ value: Code, host: String, servers: [String], detail: String) {
        self.value = value
        self.host = host
        serversTried = servers
        self.detail = detail
    }

    /// A label-safe name of the failure, e.g. `nxdomain`, `unreachable`.
    package var code: String { value.rawValue }

    /// A definite answer that the host has no address (NXDOMAIN or NODATA): cached briefly.
    package var isNegativeAnswer: Bool { value == .notFound || value == .noAddresses }

    package var description: String {
        let servers = serversTried.isEmpty ? "" : " (asked \(serversTried.joined(separator: ", ")))"
        let prefix = host.isEmpty ? "" : "cannot resolve \(host)\(servers): "
        let advice = switch value {
        case .invalidHost:
            "use the host name from the request's SNI or Host header, without a port"
        case .noNameservers, .resolvConfUnreadable:
            "give the pod a resolv.conf with a nameserver line (dnsPolicy ClusterFirst or Default); Outrigger asks those servers directly and never reads /etc/hosts"
        case .notFound, .noAddresses:
            "check the host name; the pod's DNS must resolve public names, and /etc/hosts (hostAliases) is not consulted for upstream hosts"
        case .serverFailure:
            "the servers answered but could not resolve it; check the cluster DNS (kube-dns or Cloud DNS) logs and its upstream"
        case .unreachable:
            "check that the pod reaches its nameservers on UDP and TCP port 53 (NetworkPolicy, kube-dns health)"
        }
        return "\(prefix)\(detail); \(advice)"
    }

    static func invalidHost(_ host: String, _ detail: String) -> Self {
        .init(.invalidHost, host: host, servers: [], detail: detail)
    }
    static func noNameservers(_ path: String) -> Self {
        .init(.noNameservers, host: "", servers: [], detail: "\(path) lists no usable nameserver")
    }
    static func resolvConfUnreadable(_ path: String) -> Self {
        .init(.resolvConfUnreadable, host: "", servers: [], detail: "\(path) cannot be read")
    }
    static func notFound(_ host: String, servers: [String], _ detail: String) -> Self {
        .init(.notFound, host: host, servers: servers, detail: detail)
    }
    static func noAddresses(_ host: String, servers: [String]) -> Self {
        .init(.noAddresses, host: host, servers: servers, detail: "the name exists but has no A or AAAA record")
    }
    static func serverFailure(_ host: String, servers: [String], _ detail: String) -> Self {
        .init(.serverFailure, host: host, servers: servers, detail: detail)
    }
    static func unreachable(_ host: String, servers: [String], _ detail: String) -> Self {
        .init(.unreachable, host: host, servers: servers, detail: detail)
    }
}
