/// International bank account numbers (ISO 13616): a country code, two check digits and up to 30
/// upper-case letters or digits, written compact or in groups of four separated by single spaces.
/// Only upper-case IBANs are recognised, as printed and as banks issue them.
extension PIIScanner {
    /// Matches an IBAN at `i` whose length fits its country and whose mod-97 checksum is 1.
    func matchIBAN(at i: Int) -> Int? {
        guard ASCII.isUpper(at(i)), ASCII.isUpper(at(i + 1)), ASCII.isDigit(at(i + 2)), ASCII.isDigit(at(i + 3))
        else { return nil }
        let expected = Self.ibanLength(country: at(i), at(i + 1))
        var j = i + 4
        var length = 4
        if at(j) != ASCII.space {
            while Self.isIBANCharacter(at(j)), length <= 34 {
                j += 1
                length += 1
            }
            guard Self.ibanLengthFits(length, expected: expected), !ASCII.isWord(at(j)),
                Checksum.ibanMod97(bytes, i..<j)
            else { return nil }
            return j
        }
        var best: Int?
        while at(j) == ASCII.space {
            var group = 0
            while Self.isIBANCharacter(at(j + 1 + group)), group <= 4 { group += 1 }
            guard (1...4).contains(group), length + group <= 34 else { break }
            length += group
            j += 1 + group
            if Self.ibanLengthFits(length, expected: expected), !ASCII.isWord(at(j)), Checksum.ibanMod97(bytes, i..<j) {
                best = j
            }
            if group < 4 || (expected > 0 && length >= expected) { break }
        }
        return best
    }

    private static func isIBANCharacter(_ b: UInt8) -> Bool { ASCII.isDigit(b) || ASCII.isUpper(b) }

    private static func ibanLengthFits(_ length: Int, expected: Int) -> Bool {
        expected > 0 ? length == expected : (15...34).contains(length)
    }

    /// The fixed IBAN length of a country from the SWIFT IBAN registry, or 0 when not listed here
    /// (then any length from 15 to 34 is accepted).
    private static func ibanLength(country a: UInt8, _ b: UInt8) -> Int {
        switch (a, b) {
        case (0x41, 0x54): 20  // AT
        case (0x42, 0x45): 16  // BE
        case (0x43, 0x48): 21  // CH
        case (0x44, 0x45): 22  // DE
        case (0x44, 0x4B): 18  // DK
        case (0x45, 0x53): 24  // ES
        case (0x46, 0x49): 18  // FI
        case (0x46, 0x52): 27  // FR
        case (0x47, 0x42): 22  // GB
        case (0x49, 0x45): 22  // IE
        case (0x49, 0x54): 27  // IT
        case (0x4C, 0x55): 20  // LU
        case (0x4E, 0x4C): 18  // NL
        case (0x4E, 0x4F): 15  // NO
        case (0x50, 0x4C): 28  // PL
        case (0x50, 0x54): 25  // PT
        case (0x53, 0x45): 24  // SE
        default: 0
        }
    }
}
