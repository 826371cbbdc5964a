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

    /// A JSON number. Whole values within ±2^53 print without a fraction (`3`, not `3.0`);
    /// non-finite values, which JSON cannot carry, become `null`.
    package static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) <= 9_007_199_254_740_992 { return String(Int64(value)) }
        return String(value)
    }
}
