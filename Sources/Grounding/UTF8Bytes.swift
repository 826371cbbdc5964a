/// Byte tests for the hand-written scanners. Bytes of multi-byte UTF-8 sequences (≥ 0x80) are never
/// letters or digits here, so non-ASCII text acts as a token boundary.
enum UTF8Bytes {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
    /// Whether `b` starts a Unicode scalar (is not a continuation byte).
    @inline(__always) static func isScalarStart(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }

    /// The length of the blank at `i`: space, tab, no-break space (U+00A0), the U+2000–U+200A spaces
    /// (thin, figure, hair…), narrow no-break space (U+202F), U+205F and the ideographic space; 0 if none.
    @inline(__always) static func blankLength(_ bytes: [UInt8], at i: Int) -> Int {
        guard i < bytes.count else { return 0 }
        switch bytes[i] {
        case 0x20, 0x09: return 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0xA0 ? 2 : 0
        case 0xE2:
            guard i + 2 < bytes.count else { return 0 }
            let (b1, b2) = (bytes[i + 1], bytes[i + 2])
            if b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF) { return 3 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0
        case 0xE3: return i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// The length of the blank that ends just before `end`, or 0.
    @inline(__always) static func blankLength(_ bytes: [UInt8], endingAt end: Int) -> Int {
        for width in [1, 2, 3] where end - width >= 0 && blankLength(bytes, at: end - width) == width {
            return width
        }
        return 0
    }

    /// The index after the blanks starting at `i` (at most `limit` of them).
    static func skipBlanks(_ bytes: [UInt8], from i: Int, limit: Int = 3) -> Int {
        var j = i
        var count = 0
        while count < limit {
            let width = blankLength(bytes, at: j)
            guard width > 0 else { break }
            j += width
            count += 1
        }
        return j
    }

    /// The index of the first of the blanks ending just before `end` (at most `limit` of them).
    static func skipBlanksBackward(_ bytes: [UInt8], from end: Int, limit: Int = 3) -> Int {
        var j = end
        var count = 0
        while count < limit {
            let width = blankLength(bytes, endingAt: j)
            guard width > 0 else { break }
            j -= width
            count += 1
        }
        return j
    }

    /// Whether `bytes` holds `literal` at `i`, comparing ASCII letters case-insensitively.
    static func hasLiteral(_ bytes: [UInt8], _ literal: [UInt8], at i: Int, ignoringCase: Bool = false) -> Bool {
        guard i >= 0, i + literal.count <= bytes.count else { return false }
        for k in 0..<literal.count {
            let (a, b) = (bytes[i + k], literal[k])
            if a == b { continue }
            if ignoringCase, isLetter(a), a | 0x20 == b | 0x20 { continue }
            return false
        }
        return true
    }

    /// The number of Unicode scalars in `bytes[range]`.
    static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for i in range where isScalarStart(bytes[i]) { count += 1 }
        return count
    }

    /// The bytes between two non-overlapping ranges (empty if they touch or overlap).
    static func gap(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        if a.upperBound <= b.lowerBound { return a.upperBound..<b.lowerBound }
        if b.upperBound <= a.lowerBound { return b.upperBound..<a.lowerBound }
        return a.lowerBound..<a.lowerBound
    }
}
