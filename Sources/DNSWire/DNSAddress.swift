/// An IPv4 or IPv6 address as bytes, with its text form (RFC 5952 for IPv6).
package struct DNSAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address family.
    package enum Family: Sendable, Hashable {
        case ipv4
        case ipv6
    }

    /// Four bytes for IPv4, sixteen for IPv6, in network order.
    package let bytes: [UInt8]

    /// The address family, from the byte count.
    package var family: Family { bytes.count == 4 ? .ipv4 : .ipv6 }

    /// An address from 4 (IPv4) or 16 (IPv6) bytes; nil for any other count.
    package init?(bytes: [UInt8]) {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    /// Reads `192.0.2.1` or `2001:db8::1` (an embedded IPv4 tail allowed); nil when it is
    /// neither, which is how a host name is told from an IP literal. A zone (`%eth0`) is refused.
    package init?(literal: String) {
        if let v4 = Self.parseIPv4(Substring(literal)) {
            bytes = v4
        } else if let v6 = Self.parseIPv6(literal) {
            bytes = v6
        } else {
            return nil
        }
    }

    package var description: String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        let hex = groups.map { String($0, radix: 16) }
        guard let zeros = Self.longestZeroRun(groups) else { return hex.joined(separator: ":") }
        return hex[..<zeros.lowerBound].joined(separator: ":") + "::" + hex[zeros.upperBound...].joined(separator: ":")
    }

    /// The longest run of two or more zero groups, the first one on a tie (RFC 5952 §4.2).
    private static func longestZeroRun(_ groups: [UInt16]) -> Range<Int>? {
        var best: Range<Int>?
        var start: Int?
        for index in 0...groups.count {
            if index < groups.count, groups[index] == 0 {
                if start == nil { start = index }
                continue
            }
            if let from = start, index - from >= 2, index - from > (best?.count ?? 0) { best = from..<index }
            start = nil
        }
        return best
    }

    private static func parseIPv4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var result: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(\.isASCIIDigit),
                  part.count == 1 || part.first != "0", let value = UInt8(part) else { return nil }
            result.append(value)
        }
        return result
    }

    private static func parseIPv6(_ text: String) -> [UInt8]? {
        guard text.contains(":"), text.utf8.count <= 45 else { return nil }
        let halves = text.split(separator: "::", maxSplits: 2, omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return nil }
        guard let head = parseGroups(halves[0], last: halves.count == 1) else { return nil }
        var tail: [UInt8] = []
        if halves.count == 2 {
            guard let parsed = parseGroups(halves[1], last: true) else { return nil }
            tail = parsed
            guard head.count + tail.count <= 14 else { return nil }
            return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
        }
        return head.count == 16 ? head : nil
    }

    /// Colon-separated hex groups; an IPv4 tail is allowed in the last part.
    private static func parseGroups(_ text: Substring, last: Bool) -> [UInt8]? {
        if text.isEmpty { return [] }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        var bytes: [UInt8] = []
        for (index, part) in parts.enumerated() {
            if last, index == parts.count - 1, part.contains("."), let v4 = parseIPv4(part) {
                bytes += v4
                continue
            }
            guard (1...4).contains(part.count), part.allSatisfy(\.isHexDigit), let group = UInt16(part, radix: 16) else {
                return nil
            }
            bytes += [UInt8(group >> 8), UInt8(group & 0xFF)]
        }
        return bytes.count <= 16 ? bytes : nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
