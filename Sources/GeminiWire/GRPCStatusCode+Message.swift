/// The `grpc-message` trailer's percent-encoding (grpc/grpc doc/PROTOCOL-HTTP2.md, "Responses"): "The value
/// portion of Status-Message is conceptually a Unicode string description of the error, physically encoded as
/// UTF-8 followed by percent-encoding." Bytes outside 0x20–0x7E, and `%` itself, are encoded as `%XX`.
extension GRPCStatusCode {
    /// `message` as a `grpc-message` value.
    /// - Parameters:
    ///   - message: Any text.
    package static func encodeMessage(_ message: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(message.utf8.count)
        for byte in message.utf8 {
            if byte >= 0x20, byte <= 0x7E, byte != UInt8(ascii: "%") {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of a `grpc-message` value. As the spec asks ("When decoding invalid values, implementations
    /// MUST NOT error or throw away the message"), a `%` not followed by two hex digits stays as it is, and
    /// bytes that do not decode as UTF-8 give back the value unchanged.
    /// - Parameters:
    ///   - value: The trailer's value as received.
    package static func decodeMessage(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "%")) else { return value }
        let bytes = Array(value.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(validating: out, as: UTF8.self) ?? value
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
