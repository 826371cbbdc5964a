/// Why ``JSONParser`` rejected its input, and where.
package struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: String, Sendable, Hashable {
        case unexpectedEnd = "unexpected_end"
        case unexpectedByte = "unexpected_byte"
        case invalidUTF8 = "invalid_utf8"
        case invalidEscape = "invalid_escape"
        case invalidNumber = "invalid_number"
        case tooDeep = "too_deep"
        case trailingBytes = "trailing_bytes"
    }

    private let kind: Code
    /// Byte offset into the parsed buffer where the problem was found.
    package let offset: Int
    /// A short human explanation, without the offset.
    package let message: String

    private init(_ kind: Code, offset: Int, message: String) {
        self.kind = kind
        self.offset = offset
        self.message = message
    }

    /// A label-safe name for metrics (no associated values), e.g. `invalid_utf8`.
    package var code: String { kind.rawValue }

    /// `"<message> at byte <offset>"`.
    package var description: String { "\(message) at byte \(offset)" }

    /// The input ended inside a value.
    static func unexpectedEnd(at offset: Int, expecting: String) -> Self {
        Self(.unexpectedEnd, offset: offset, message: "unexpected end of input, expected \(expecting)")
    }

    /// A byte that cannot start or continue the current value.
    static func unexpectedByte(_ byte: UInt8, at offset: Int, expecting: String) -> Self {
        let shown = (0x20..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : hex(byte)
        return Self(.unexpectedByte, offset: offset, message: "unexpected byte \(shown), expected \(expecting)")
    }

    /// Bytes that are not well-formed UTF-8.
    static func invalidUTF8(at offset: Int) -> Self {
        Self(.invalidUTF8, offset: offset, message: "invalid UTF-8 in string")
    }

    /// A raw control character inside a string (RFC 8259 §7 requires it to be escaped).
    static func controlCharacter(_ byte: UInt8, at offset: Int) -> Self {
        Self(.unexpectedByte, offset: offset, message: "unescaped control character \(hex(byte)) in string")
    }

    /// A malformed backslash escape, or an unpaired UTF-16 surrogate in `\u` escapes.
    static func invalidEscape(at offset: Int, _ detail: String) -> Self {
        Self(.invalidEscape, offset: offset, message: detail)
    }

    /// A number that does not follow the RFC 8259 §6 grammar.
    static func invalidNumber(at offset: Int, _ detail: String) -> Self {
        Self(.invalidNumber, offset: offset, message: "malformed number: \(detail)")
    }

    /// Nesting beyond the parser's `maxDepth`.
    static func tooDeep(at offset: Int, limit: Int) -> Self {
        Self(.tooDeep, offset: offset, message: "nesting deeper than \(limit) levels")
    }

    /// Non-whitespace after the top-level value.
    static func trailingBytes(at offset: Int) -> Self {
        Self(.trailingBytes, offset: offset, message: "unexpected data after the JSON value")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xF)])"
    }
}
