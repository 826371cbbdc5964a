/// String decoding for ``JSONParser``: UTF-8 validation, escapes and surrogate pairs (RFC 8259 §7).
extension JSONParser.Scanner {
    /// Parses a string whose opening quote is at `index`.
    mutating func parseString() throws(JSONParseError) -> String {
        index += 1
        let start = index
        try skipPlainBytes()
        if bytes[index] == UInt8(ascii: "\"") {
            defer { index += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }
        return try parseEscapedString(from: start)
    }

    /// Slow path once a backslash is seen: copies runs of plain bytes and decodes escapes.
    private mutating func parseEscapedString(from start: Int) throws(JSONParseError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(index - start + 32)
        var runStart = start
        while true {
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: decoded, as: UTF8.self)
            }
            try decodeEscape(into: &decoded)
            runStart = index
            try skipPlainBytes()
        }
    }

    /// Advances `index` to the next `"` or `\` of a string, validating the UTF-8 in between.
    /// Throws if the input ends first, so `bytes[index]` is valid on return.
    private mutating func skipPlainBytes() throws(JSONParseError) {
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x20, byte < 0x80 {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return }
                index += 1
            } else {
                index += try validatedLength(at: index)
            }
        }
        throw .unexpectedEnd(at: index, expecting: "a closing '\"'")
    }

    /// Decodes the escape whose backslash is at `index`, appending its UTF-8 bytes.
    private mutating func decodeEscape(into decoded: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = index
        guard index + 1 < bytes.count else { throw .unexpectedEnd(at: index + 1, expecting: "an escape") }
        let code = bytes[index + 1]
        index += 2
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(code)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xDC00...0xDFFF).contains(scalar) {
                throw .invalidEscape(at: escapeStart, "unpaired UTF-16 low surrogate in \\u escape")
            }
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                      bytes[index + 1] == UInt8(ascii: "u")
                else { throw .invalidEscape(at: escapeStart, "unpaired UTF-16 high surrogate in \\u escape") }
                index += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw .invalidEscape(at: escapeStart, "unpaired UTF-16 high surrogate in \\u escape")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            Self.appendUTF8(scalar, to: &decoded)
        default:
            throw .invalidEscape(at: escapeStart, "invalid escape sequence")
        }
    }

    private mutating func readHex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw .unexpectedEnd(at: index, expecting: "a hex digit") }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw .invalidEscape(at: index, "invalid hex digit in \\u escape")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// The length of the well-formed character starting at `position` inside a string
    /// (Unicode 15 Table 3-7); rejects control characters, overlongs, surrogates and truncation.
    private func validatedLength(at position: Int) throws(JSONParseError) -> Int {
        let lead = bytes[position]
        if lead < 0x80 {
            guard lead >= 0x20 else { throw .controlCharacter(lead, at: position) }
            return 1
        }
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; second = 0x80...0x8F
        default: throw .invalidUTF8(at: position)
        }
        guard position + length <= bytes.count else { throw .invalidUTF8(at: position) }
        guard second.contains(bytes[position + 1]) else { throw .invalidUTF8(at: position + 1) }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[position + offset]) {
            throw .invalidUTF8(at: position + offset)
        }
        return length
    }

    private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            output.append(UInt8(scalar))
        case ..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
