/// Scalar values of RFC 8259: literal names (§3), numbers (§6) and strings (§7).
extension JSONObjectReader {
    /// A literal name (§3): `true`, `false` or `null`, in lowercase.
    mutating func readLiteral(_ literal: StaticString) throws(ConversionError) {
        guard matches(literal) else { throw unexpected("a value") }
        position += literal.utf8CodeUnitCount
    }

    /// §6: `number = [ minus ] int [ frac ] [ exp ]`, `int = zero / ( digit1-9 *DIGIT )`,
    /// `frac = decimal-point 1*DIGIT`, `exp = e [ minus / plus ] 1*DIGIT`.
    mutating func readNumber() throws(ConversionError) -> String {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let lead = peek(), isDigit(lead) else {
            throw unexpected("a digit", hint: matches("Infinity") ? "Infinity is not JSON; write a plain number" : nil)
        }
        position += 1
        if lead == UInt8(ascii: "0") {
            if let next = peek(), isDigit(next) { throw unexpected("no leading zeros in a number") }
        } else {
            skipDigits()
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let next = peek(), isDigit(next) else { throw unexpected("a digit after the decimal point") }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let next = peek(), isDigit(next) else { throw unexpected("a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// §7: a quoted string; control characters (U+0000 to U+001F) must be escaped, and `\u`
    /// escapes of UTF-16 surrogates must come in pairs.
    mutating func readString() throws(ConversionError) -> String {
        position += 1  // "
        var out: [UInt8] = []
        while let byte = peek() {
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escape = peek() else { break }
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): out.append(contentsOf: try readUnicodeEscape().utf8)
                default:
                    position -= 1
                    throw unexpected("one of \" \\ / b f n r t u after a backslash")
                }
            case 0x00..<0x20:
                position -= 1
                throw unexpected("the rest of the string", hint: "control characters must be escaped, e.g. \\n")
            default:
                out.append(byte)
            }
        }
        throw unexpected("the closing '\"' of a string")
    }

    /// The scalar of a `\uXXXX` escape (after `\u`), joining a surrogate pair.
    private mutating func readUnicodeEscape() throws(ConversionError) -> String {
        let high = try readHex4()
        var value = UInt32(high)
        if (0xD800..<0xDC00).contains(high) {
            guard matches("\\u") else { throw unexpected("a low surrogate '\\uDC00'…'\\uDFFF' after a high one") }
            position += 2
            let low = try readHex4()
            guard (0xDC00..<0xE000).contains(low) else {
                throw unexpected("a low surrogate '\\uDC00'…'\\uDFFF' after a high one")
            }
            value = 0x10000 + (UInt32(high) - 0xD800) << 10 + (UInt32(low) - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw unexpected("a '\\u' escape that is not a lone surrogate")
        }
        return String(Character(scalar))
    }

    private mutating func readHex4() throws(ConversionError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = hexValue(byte) else { throw unexpected("four hex digits after '\\u'") }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }
}
