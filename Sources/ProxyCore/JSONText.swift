/// Writes JSON string literals. Used for the few JSON documents Outrigger builds by hand
/// (error bodies, status), where a full encoder would be wasted.
package enum JSONText {
    /// `s` as a quoted, escaped JSON string (RFC 8259 §7).
    package static func quoted(_ s: some StringProtocol) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }
}
