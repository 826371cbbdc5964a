import Interception
import UpstreamClient

/// What the interception listener's responder needs: which hosts it may forward to, and the
/// clients that reach them without `/etc/hosts`.
struct InterceptionRouting: Sendable {
    let hosts: InterceptedHosts
    let upstreams: InterceptedUpstreams
    /// True on the interception listener: the request's authority chooses the host. False on the
    /// plain listener, where only the resolution is borrowed: a base URL naming an intercepted
    /// host must not be resolved through `/etc/hosts`, which `hostAliases` points at this pod.
    var routesByAuthority = true

    /// The intercepted host a base URL (`https://host`, on port 443 or `tls.upstream_port`) names, if any.
    func host(ofBaseURL base: String) -> String? {
        guard base.lowercased().hasPrefix("https://") else { return nil }
        var host = UpstreamURLResolver.host(of: base).lowercased()
        if let colon = host.lastIndex(of: ":") {
            guard let port = Int(host[host.index(after: colon)...]), port == 443 || port == upstreams.port else { return nil }
            host = String(host[..<colon])
        }
        return hosts.contains(host) ? host : nil
    }

    /// The intercepted host a request names in `:authority` / `Host` (lower-cased, without the
    /// port, which only says where the client connected); nil when it names no intercepted host,
    /// so nothing else can be reached through the listener.
    func host(named authority: String?) -> String? {
        guard var name = authority?.lowercased(), !name.isEmpty, !name.hasPrefix("[") else { return nil }
        if let colon = name.lastIndex(of: ":") {
            guard name[name.index(after: colon)...].allSatisfy(\.isNumber) else { return nil }
            name = String(name[..<colon])
        }
        return hosts.contains(name) ? name : nil
    }
}
