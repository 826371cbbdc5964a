/// Check-digit algorithms over ASCII bytes; non-alphanumeric bytes (group separators) are skipped.
enum Checksum {
    /// Whether the digits in `range` pass the Luhn mod-10 check (ISO/IEC 7812-1 Annex B).
    static func luhn(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var sum = 0
        var double = false
        var k = range.upperBound
        while k > range.lowerBound {
            k -= 1
            let b = bytes[k]
            guard ASCII.isDigit(b) else { continue }
            var d = Int(b &- 0x30)
            if double {
                d *= 2
                if d > 9 { d -= 9 }
            }
            sum += d
            double.toggle()
        }
        return sum % 10 == 0
    }

    /// Whether the IBAN in `range` passes ISO 13616's mod-97 check: "move the four initial characters
    /// to the end of the string … replace each letter with two digits (A = 10 … Z = 35) … the remainder
    /// of the division by 97 must be 1" (ISO 13616-1:2020 Annex B). Spaces are skipped.
    static func ibanMod97(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var remainder = 0
        func feed(_ b: UInt8) {
            if ASCII.isDigit(b) {
                remainder = (remainder * 10 + Int(b &- 0x30)) % 97
            } else if ASCII.isUpper(b) {
                remainder = (remainder * 100 + Int(b &- 0x41) + 10) % 97
            }
        }
        let head = range.lowerBound + 4
        for k in head..<range.upperBound { feed(bytes[k]) }
        for k in range.lowerBound..<head { feed(bytes[k]) }
        return remainder == 1
    }
}
