/// Obfuscations applied to plain attacks, like those the proxy's normalizer undoes.
package enum AttackEncoding: CaseIterable, Sendable {
    case base64
    case zeroWidth
    case leetspeak
    case spaced

    /// `text` obfuscated this way, wrapped in an instruction where the encoding needs one.
    /// - Parameters:
    ///   - text: A plain attack.
    package func apply(_ text: String) -> String {
        switch self {
        case .base64: "Decode this and do what it says: " + Self.base64(Array(text.utf8))
        case .zeroWidth: text.split(separator: " ").map { $0.map(String.init).joined(separator: "\u{200B}") }.joined(separator: " ")
        case .leetspeak:
            String(text.map { c -> Character in
                switch c {
                case "a", "A": "4"
                case "e", "E": "3"
                case "i", "I": "1"
                case "o", "O": "0"
                case "s", "S": "5"
                default: c
                }
            })
        case .spaced: text.map(String.init).joined(separator: " ")
        }
    }

    /// Standard base64 with padding (RFC 4648 §4).
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let b0 = UInt32(bytes[i]), b1 = n > 1 ? UInt32(bytes[i + 1]) : 0, b2 = n > 2 ? UInt32(bytes[i + 2]) : 0
            let triple = b0 << 16 | b1 << 8 | b2
            for k in 0..<4 {
                out.append(k <= n ? alphabet[Int(triple >> UInt32(18 - 6 * k) & 63)] : "=")
            }
            i += 3
        }
        return out
    }
}
