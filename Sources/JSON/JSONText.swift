/// Writes JSON string literals. Used for the few JSON documents Outrigger builds by hand
/// (error bodies, status), where a full encoder would be wasted.
package enum JSONText {
    /// `s` as a quoted, escaped JSON string (RFC 8259 §7).
    package static func quoted(_ s: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(s.utf8, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the escaped body of a JSON string (no quotes) to `out`. Works on UTF-8 bytes: only
    /// ASCII bytes are ever escaped, and multi-byte sequences pass through unchanged.
    package static func appendEscaped(_ utf8: some Sequence<UInt8>, to out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "\n"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case 0..<0x20:
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
    }

    /// A JSON number. Whole values within ±2^53 print without a fraction (`3`, not `3.0`);
    /// non-finite values, which JSON cannot carry, become `null`.
    package static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) <= 9_007_199_254_740_992 { return String(Int64(value)) }
        return String(value)
    }
}
