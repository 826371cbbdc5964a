/// A domain name as DNS labels, compared without regard to ASCII case (RFC 1035 §2.3.3,
/// RFC 4343).
///
/// `init(host:)` accepts only host names a query may carry; names read from a response may hold
/// any bytes (RFC 2181 §11) and are kept as they came, lowercased for comparison.
package struct DNSName: Hashable, Sendable, CustomStringConvertible {
    /// The labels, lowercased ASCII, without the empty root label.
    package let labels: [[UInt8]]

    /// The longest label (RFC 1035 §2.3.4: "labels 63 octets or less").
    package static let maximumLabelLength = 63
    /// The longest name in text, without a trailing dot (RFC 1035's 255 octets on the wire).
    package static let maximumTextLength = 253

    init(wireLabels: [[UInt8]]) {
        labels = wireLabels.map { $0.map(Self.lowercased) }
    }

    /// Validates a host name such as `aiplatform.googleapis.com` (one trailing dot allowed).
    ///
    /// - Parameters:
    ///   - host: labels of 1-63 bytes of letters, digits, `-` or `_`, 253 bytes in all.
    /// - Throws: `DNSWireError` with code `invalid_name`, saying which rule was broken.
    package init(host: String) throws(DNSWireError) {
        var text = Array(host.utf8)
        if text.last == UInt8(ascii: ".") { text.removeLast() }
        guard !text.isEmpty else { throw .invalidName("the name is empty") }
        guard text.count <= Self.maximumTextLength else {
            throw .invalidName("\(text.count) bytes, more than \(Self.maximumTextLength)")
        }
        let labels = text.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        for label in labels {
            guard !label.isEmpty else { throw .invalidName("an empty label in '\(host)'") }
            guard label.count <= Self.maximumLabelLength else {
                throw .invalidName("a label of \(label.count) bytes, more than \(Self.maximumLabelLength)")
            }
            guard label.allSatisfy(Self.isHostByte) else {
                throw .invalidName("'\(String(decoding: label, as: UTF8.self))' holds a byte other than a letter, digit, '-' or '_'")
            }
        }
        self.init(wireLabels: labels.map(Array.init))
    }

    /// The name in text, labels joined with dots; bytes outside printable ASCII as `\DDD`
    /// (RFC 1035 §5.1).
    package var description: String {
        if labels.isEmpty { return "." }
        return labels.map { label in
            label.map { byte -> String in
                if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "."), byte != UInt8(ascii: "\\") {
                    return String(UnicodeScalar(byte))
                }
                let digits = String(byte)
                return "\\" + String(repeating: "0", count: 3 - digits.count) + digits
            }.joined()
        }.joined(separator: ".")
    }

    /// The bytes on the wire, uncompressed: length-prefixed labels and the root.
    package var wireBytes: [UInt8] {
        var bytes: [UInt8] = []
        for label in labels {
            bytes.append(UInt8(label.count))
            bytes.append(contentsOf: label)
        }
        bytes.append(0)
        return bytes
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
