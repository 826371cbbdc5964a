/// A TCP address to listen on: a host (name or IP address) and a port.
package struct ListenAddress: Sendable, Equatable, CustomStringConvertible {
    /// A host name or IP address, without brackets: `0.0.0.0`, `::1`, `localhost`.
    package var host: String
    /// The TCP port, 0...65535; 0 lets the system pick a free port.
    package var port: Int

    /// Creates an address from its parts.
    /// - Parameters:
    ///   - host: A host name or IP address, without brackets.
    ///   - port: The TCP port; 0 lets the system pick one.
    package init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// `host:port`, with an IPv6 host in brackets (`[::1]:8080`); ``init(parsing:)`` reads it back.
    package var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}

extension ListenAddress {
    /// Whether only this machine can reach the address: `127.0.0.0/8`, `::1` or `localhost`.
    package var isLoopback: Bool {
        let lower = host.lowercased()
        return lower == "localhost" || lower == "::1" || lower == "0:0:0:0:0:0:0:1" || lower.hasPrefix("127.")
    }
}
