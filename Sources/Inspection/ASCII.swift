/// Byte classes for the scanner. Bytes of multi-byte UTF-8 sequences (≥ 0x80) belong to none of them,
/// so non-ASCII text acts as a word boundary and never starts or extends a match.
enum ASCII {
    static let plus: UInt8 = 0x2B, minus: UInt8 = 0x2D, dot: UInt8 = 0x2E, slash: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A, at: UInt8 = 0x40, space: UInt8 = 0x20, underscore: UInt8 = 0x5F
    static let openParen: UInt8 = 0x28, closeParen: UInt8 = 0x29, comma: UInt8 = 0x2C, tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }

    /// Letters, digits and `_`: what a "word" is made of when looking for match boundaries.
    @inline(__always) static func isWord(_ b: UInt8) -> Bool { isAlnum(b) || b == underscore }

    /// Characters of an email local part (the common subset of RFC 5322 `atext`, plus `.`).
    @inline(__always) static func isEmailLocal(_ b: UInt8) -> Bool {
        isAlnum(b) || b == dot || b == underscore || b == minus || b == plus || b == 0x25  // %
    }

    /// Separators between the digit groups of a formatted number: space, `-`, `.`.
    @inline(__always) static func isGroupSeparator(_ b: UInt8) -> Bool { b == space || b == minus || b == dot }
}

/// Per-byte flags for the scan loop, looked up in one 256-entry table.
enum ByteClass {
    /// Letters, digits, `_`.
    static let word: UInt8 = 1
    /// A first byte that can start a word match: digits, upper-case letters, `b`, `s`, `g`.
    static let wordStart: UInt8 = 2
    /// `@ + ( - :`: punctuation that can start (or, for `@`, sit inside) a match.
    static let trigger: UInt8 = 4

    static let table: [UInt8] = (0...255).map { value in
        let b = UInt8(value)
        var flags: UInt8 = 0
        if ASCII.isWord(b) { flags |= word }
        if ASCII.isDigit(b) || ASCII.isUpper(b) || b == 0x62 || b == 0x73 || b == 0x67 { flags |= wordStart }
        if b == ASCII.at || b == ASCII.plus || b == ASCII.openParen || b == ASCII.minus || b == ASCII.colon {
            flags |= trigger
        }
        return flags
    }
}
