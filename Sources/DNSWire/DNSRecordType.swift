/// The record types the resolver asks for or follows (RFC 1035 §3.2.2, RFC 3596 §2.1).
package enum DNSRecordType: UInt16, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// An IPv4 address.
    case a = 1
    /// The canonical name of an alias.
    case cname = 5
    /// An IPv6 address.
    case aaaa = 28

    /// The mnemonic: `A`, `CNAME`, `AAAA`.
    package var description: String {
        switch self {
        case .a: "A"
        case .cname: "CNAME"
        case .aaaa: "AAAA"
        }
    }

    /// The address family an address record of this type carries; nil for CNAME.
    package var family: DNSAddress.Family? {
        switch self {
        case .a: .ipv4
        case .aaaa: .ipv6
        case .cname: nil
        }
    }
}

/// The one question of a query: a name and the address type wanted, class IN.
package struct DNSQuestion: Hashable, Sendable, CustomStringConvertible {
    package var name: DNSName
    package var type: DNSRecordType

    package init(name: DNSName, type: DNSRecordType) {
        self.name = name
        self.type = type
    }

    package var description: String { "\(name) \(type)" }
}
