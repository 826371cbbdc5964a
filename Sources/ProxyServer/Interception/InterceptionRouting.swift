import Interception
import UpstreamClient

/// What the interception listener's responder needs: which hosts it may forward to, and the
/// clients that reach them without `/etc/hosts`.
struct InterceptionRouting: Sendable {
    let hosts: InterceptedHosts
    let upstreams: InterceptedUpstreams

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
