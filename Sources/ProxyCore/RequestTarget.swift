/// The request-target of an HTTP request line, sorted into the four forms of
/// [RFC 9112 §3.2](https://www.rfc-editor.org/rfc/rfc9112#section-3.2):
///
/// > request-target = origin-form / absolute-form / authority-form / asterisk-form
///
/// Outrigger is a reverse proxy: it forwards the origin form only (`/path?query`), and only when
/// every byte is one RFC 3986 allows in a path or query, so the target can never reach the
/// authority part of the upstream URL it is appended to.
package enum RequestTarget: Equatable, Sendable {
    /// `/v1beta/models/m:generateContent?alt=sse`: a path with an optional query.
    case origin
    /// `*`, meaningful only with OPTIONS (§3.2.4).
    case asterisk
    /// `host:port`, sent with CONNECT to open a tunnel (§3.2.3).
    case authority
    /// `http://host/path`, sent to forward proxies (§3.2.2).
    case absolute
    /// None of the above, or a path with a byte outside RFC 3986's set.
    case malformed(Malformation)

    /// Why a target is not a usable origin form.
    package enum Malformation: String, Equatable, Sendable {
        /// The target is empty.
        case empty
        /// A byte that RFC 3986 allows neither in a path nor in a query (space, `"`, `<`, `\`, `#`, a
        /// control character, non-ASCII…).
        case forbiddenByte = "forbidden_byte"
        /// A `%` not followed by two hexadecimal digits.
        case badPercentEncoding = "bad_percent_encoding"
    }

    /// Sorts a request-target into its form.
    /// - Parameter target: the request-target exactly as it appeared on the request line.
    package static func classify(_ target: Substring) -> RequestTarget {
        let bytes = target.utf8
        guard let first = bytes.first else { return .malformed(.empty) }
        if first == UInt8(ascii: "/") { return validateOrigin(bytes) }
        if target == "*" { return .asterisk }
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), isScheme(bytes[..<colon]),
            bytes[bytes.index(after: colon)...].starts(with: "//".utf8)
        {
            return .absolute
        }
        if let colon = bytes.lastIndex(of: UInt8(ascii: ":")) {
            let host = bytes[..<colon]
            let port = bytes[bytes.index(after: colon)...]
            if !host.isEmpty, !port.isEmpty, port.allSatisfy(isDigit), host.allSatisfy(isAuthorityByte) {
                return .authority
            }
        }
        return .malformed(.forbiddenByte)
    }

    /// A short label-safe name: `origin`, `asterisk`, `authority`, `absolute` or `malformed.REASON`.
    package var name: String {
        switch self {
        case .origin: "origin"
        case .asterisk: "asterisk"
        case .authority: "authority"
        case .absolute: "absolute"
        case .malformed(let why): "malformed." + why.rawValue
        }
    }

    /// The form a ``name`` names, or nil.
    package init?(name: Substring) {
        switch name {
        case "origin": self = .origin
        case "asterisk": self = .asterisk
        case "authority": self = .authority
        case "absolute": self = .absolute
        default:
            guard name.hasPrefix("malformed."), let why = Malformation(rawValue: String(name.dropFirst(10))) else { return nil }
            self = .malformed(why)
        }
    }

    /// Convenience for a whole string.
    package static func classify(_ target: String) -> RequestTarget {
        classify(Substring(target))
    }

    /// `absolute-path [ "?" query ]`, each byte a `pchar`, `/` or (in the query) `?`.
    private static func validateOrigin(_ bytes: Substring.UTF8View) -> RequestTarget {
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                let first = bytes.index(after: index)
                guard first != bytes.endIndex, isHexDigit(bytes[first]) else { return .malformed(.badPercentEncoding) }
                let second = bytes.index(after: first)
                guard second != bytes.endIndex, isHexDigit(bytes[second]) else { return .malformed(.badPercentEncoding) }
                index = bytes.index(after: second)
                continue
            }
            guard allowedInPathOrQuery[Int(byte)] else { return .malformed(.forbiddenByte) }
            index = bytes.index(after: index)
        }
        return .origin
    }

    /// `pchar / "/" / "?"` without `pct-encoded` (handled apart): unreserved, sub-delims, `:`, `@`.
    private static let allowedInPathOrQuery: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=:@/?".utf8.contains(byte)
        }
    }

    /// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
    private static func isScheme(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        guard let first = bytes.first, isAlpha(first) else { return false }
        return bytes.allSatisfy { isAlpha($0) || isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
    }

    /// A byte of a host name or bracketed IPv6 literal.
    private static func isAuthorityByte(_ byte: UInt8) -> Bool {
        isAlpha(byte) || isDigit(byte) || "-._~[]:%".utf8.contains(byte)
    }

    private static func isAlpha(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
    }
}
