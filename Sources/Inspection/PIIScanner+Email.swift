extension PIIScanner {
    /// Matches `local@domain.tld` around the `@` at `i`.
    ///
    /// The local part is read backwards (never before the previous finding) from the common `atext`
    /// subset plus `.`, at most 64 bytes (RFC 5321 §4.5.3.1.1). The domain is two or more dot-separated
    /// labels of letters, digits and inner hyphens, at most 63 bytes each; the last label (the TLD) is
    /// two or more ASCII letters. A trailing sentence dot is left out. Latin letters with diacritics
    /// (U+00C0–U+017F, as in `jürgen@müller.de`) count as letters in the local part and the labels, so
    /// such an address is redacted whole; other non-ASCII text (CJK, emoji) ends the address.
    func matchEmail(at i: Int) -> Match? {
        var start = i
        while start > lastEnd {
            let b = bytes[start - 1]
            if ASCII.isEmailLocal(b) {
                if b == ASCII.dot, start < i, bytes[start] == ASCII.dot { break }  // No `..` in a local part.
                start -= 1
            } else if start - 2 >= lastEnd, latinLetterLength(at: start - 2) == 2 {
                start -= 2
            } else {
                break
            }
            if i - start > 64 { return nil }
        }
        while start < i, bytes[start] == ASCII.dot { start += 1 }
        guard start < i, bytes[i - 1] != ASCII.dot else { return nil }

        var j = i + 1
        var labels = 0
        var end = -1
        while true {
            let labelStart = j
            var alphabetic = true
            while true {
                let c = at(j)
                if ASCII.isLetter(c) {
                    j += 1
                } else if ASCII.isDigit(c) || c == ASCII.minus {
                    alphabetic = false
                    j += 1
                } else if latinLetterLength(at: j) == 2 {
                    alphabetic = false
                    j += 2
                } else {
                    break
                }
            }
            let length = j - labelStart
            guard length > 0, length <= 63, bytes[labelStart] != ASCII.minus, bytes[j - 1] != ASCII.minus else { break }
            labels += 1
            if labels >= 2, alphabetic, length >= 2 { end = j }
            guard at(j) == ASCII.dot, ASCII.isAlnum(at(j + 1)) else { break }
            j += 1
        }
        guard end > 0 else { return nil }
        return Match(kind: .email, start: start, end: end)
    }

    /// 2 when a Latin letter with a diacritic (U+00C0–U+017F, without × and ÷) is encoded at `j`, else 0.
    private func latinLetterLength(at j: Int) -> Int {
        let lead = at(j), trail = at(j + 1)
        guard lead &- 0xC3 < 3, trail &- 0x80 < 0x40 else { return 0 }
        if lead == 0xC3, trail == 0x97 || trail == 0xB7 { return 0 }
        return 2
    }
}
