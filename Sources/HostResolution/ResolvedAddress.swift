package import NIOCore

/// One address of a resolved host: the IP in text and its family.
package struct ResolvedAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address family.
    package enum Family: Hashable, Sendable {
        case ipv4
        case ipv6
    }

    /// The IP, e.g. `142.250.1.95` or `2001:db8::1` (RFC 5952 form).
    package let ip: String
    package let family: Family

    package init(ip: String, family: Family) {
        self.ip = ip
        self.family = family
    }

    package var description: String { ip }

    /// The address to connect to on `port`; no name lookup is involved.
    ///
    /// - Parameters:
    ///   - port: e.g. 443.
    package func socketAddress(port: Int) throws -> SocketAddress {
        try SocketAddress(ipAddress: ip, port: port)
    }
}
