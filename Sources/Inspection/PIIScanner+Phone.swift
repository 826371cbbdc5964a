/// Phone numbers. E.164 caps a number at 15 digits (ITU-T E.164 §6.1: "the international public
/// telecommunication number … is limited to a maximum of 15 digits"); we require at least 7.
///
/// Recognised shapes:
/// - International: `+` and a country code, then digit groups separated by one space, `-` or `.`, with
///   at most one parenthesised group (`(0)` is a trunk prefix and does not count): `+1 415 555 0100`,
///   `+44 20 7946 0958`, `+49 (0)30 1234567`, `+33 1 23 45 67 89`. An unseparated run after `+` needs
///   10–15 digits (`+14155550100`).
/// - North American: `415-555-0100`, `415.555.0100`, `415 555 0100` (one separator throughout,
///   area code and exchange starting 2–9), optionally after `1-`.
/// - Parenthesised area code: `(415) 555-0100`, `(020) 7946 0958`, 9–15 digits.
/// - Trunk-prefixed national: a first group starting with one `0` (2–5 digits), then groups of 2+ digits
///   with one separator throughout: `020 7946 0958`, `030 1234567`, `01 23 45 67 89`, 9–13 digits.
/// - `00` and a country code instead of `+`, with at least one separator: `001-647-201-7468`.
/// - Any of these with an extension: `387.978.9328x792`, `+1-647-201-7468x1453`, `… ext. 12`, `… #12`.
/// - After a phone word (`PIIContext.phone`), any run of 7–15 digits in groups: `Tel. 0619345145`,
///   `telefone 48 2723-3601` (see `matchCuedPhone`). A formatted national number right after an
///   identifier word (`order 020 7946 0958`) is not a phone number.
///
/// Everything else is left alone: bare digit runs without a phone word, prices (`1299.99`,
/// `+12999.99`), ISO and European dates, times, versions and quantities. A national number that would
/// run past its digit
/// limit is not a phone at all; an international one ends at the last space where it was complete
/// (so `+1 415 555 0100 123-45-6789` is a phone and an SSN), and a space-separated group right after
/// a complete number is taken as part of it (`+1 415 555 0100 2` includes the `2`).
extension PIIScanner {
    /// Matches an international number at the `+` at `i`.
    func matchInternationalPhone(at i: Int) -> Int? {
        guard !ASCII.isWord(at(i - 1)), ASCII.isDigit(at(i + 1)) else { return nil }
        return matchInternationalDigits(at: i + 1, needsGroups: false)
    }

    /// Matches the country code and number at `i`, after `+` or the `00` international prefix. An
    /// unseparated run counts only after `+` (`needsGroups` false): `0044` and `001234567890` are not
    /// phone numbers by shape alone.
    private func matchInternationalDigits(at start: Int, needsGroups: Bool) -> Int? {
        var total = digitRun(start)
        guard total <= 15 else { return nil }
        var j = start + total
        var groups = 1
        var separators = 0
        var onlyDots = true
        var usedParenthesis = false
        // The last end, followed by a space, where the number was already complete: where to stop when
        // the digits after it turn out to be something else (`+1 415 555 0100 123-45-6789`).
        var fallback: Int?
        func isComplete() -> Bool {
            // An unseparated run needs 10 digits; `+12999.99` is a decimal number.
            total >= 7 && (groups > 1 || (total >= 10 && !needsGroups)) && !(onlyDots && separators == 1)
        }
        while true {
            var k = j
            let separator = at(k)
            if ASCII.isGroupSeparator(separator) { k += 1 }
            if separator == ASCII.space, isComplete() { fallback = j }
            if at(k) == ASCII.openParen, !usedParenthesis {
                let inner = digitRun(k + 1)
                guard (1...4).contains(inner), at(k + 1 + inner) == ASCII.closeParen else { break }
                let isTrunk = inner == 1 && at(k + 1) == 0x30
                var m = k + 2 + inner
                if at(m) == ASCII.space { m += 1 }
                let following = digitRun(m)
                guard following > 0 else { break }
                total += (isTrunk ? 0 : inner) + following
                guard total <= 15 else { return fallback }
                j = m + following
                groups += 2
                usedParenthesis = true
                onlyDots = false
                continue
            }
            guard k > j, ASCII.isDigit(at(k)) else { break }
            let group = digitRun(k)
            total += group
            guard total <= 15 else { return fallback }
            groups += 1
            separators += 1
            if separator != ASCII.dot { onlyDots = false }
            j = k + group
        }
        if isComplete(), let end = extensionEnd(at: j) { return end }
        return isComplete() && numberCanEnd(at: j) ? j : fallback
    }

    /// Matches a national number (North American or trunk-prefixed) at the first group, of `length`
    /// digits, at `i`.
    func matchNationalPhone(at i: Int, length: Int) -> Int? {
        if length == 3 || (length == 1 && at(i) == 0x31), let end = matchNorthAmericanPhone(at: i) { return end }
        guard at(i) == 0x30 else { return nil }
        if at(i + 1) == 0x30 {
            // `00` and a country code, formatted: `001-647-201-7468`, `0049 30 1234567`.
            guard (0x31...0x39).contains(at(i + 2)) else { return nil }
            return matchInternationalDigits(at: i + 2, needsGroups: true)
        }
        return matchTrunkPhone(at: i)
    }

    /// Matches `(area) rest` at the `(` at `i`.
    func matchParenthesizedPhone(at i: Int) -> Int? {
        guard !ASCII.isWord(at(i - 1)) else { return nil }
        let area = digitRun(i + 1)
        guard (2...5).contains(area), at(i + 1 + area) == ASCII.closeParen else { return nil }
        var j = i + 2 + area
        if at(j) == ASCII.space { j += 1 }
        let first = digitRun(j)
        guard first > 0 else { return nil }
        j += first
        guard let end = continueGroups(from: j, total: area + first, maxTotal: 15, separators: ASCII.isGroupSeparator),
            end.total >= 9
        else { return nil }
        return end.end
    }

    /// `ddd-ddd-dddd` with one separator throughout, optionally after `1` and a separator.
    private func matchNorthAmericanPhone(at i: Int) -> Int? {
        var j = i
        if at(j) == 0x31, ASCII.isGroupSeparator(at(j + 1)), ASCII.isDigit(at(j + 2)) { j += 2 }
        guard digitRun(j) == 3, at(j) >= 0x32 else { return nil }
        let separator = at(j + 3)
        guard ASCII.isGroupSeparator(separator) else { return nil }
        j += 4
        guard digitRun(j) == 3, at(j) >= 0x32, at(j + 3) == separator else { return nil }
        j += 4
        guard digitRun(j) == 4 else { return nil }
        j += 4
        if let end = extensionEnd(at: j) { return end }
        guard numberCanEnd(at: j), !(at(j) == separator && ASCII.isDigit(at(j + 1))) else { return nil }
        return j
    }

    /// A first group of 2–5 digits starting with `0`, then groups of 2+ digits, 9–13 digits in all.
    private func matchTrunkPhone(at i: Int) -> Int? {
        guard at(i) == 0x30, at(i + 1) != 0x30 else { return nil }  // `00` is an international prefix.
        let first = digitRun(i)
        guard (2...5).contains(first) else { return nil }
        let isSeparator = { (b: UInt8) in ASCII.isGroupSeparator(b) || b == ASCII.slash }
        guard let end = continueGroups(from: i + first, total: first, maxTotal: 13, separators: isSeparator),
            end.groups >= 1, end.total >= 9
        else { return nil }
        return end.end
    }

    /// Extends a number over further groups of 2+ digits joined by one separator used throughout.
    /// Returns nil when the digits would exceed `maxTotal` or the number cannot end where it stops.
    private func continueGroups(
        from start: Int, total initial: Int, maxTotal: Int, separators: (UInt8) -> Bool
    ) -> (end: Int, total: Int, groups: Int)? {
        var j = start
        var total = initial
        var groups = 0
        var separator: UInt8 = 0
        while true {
            let c = at(j)
            guard separators(c), separator == 0 || c == separator else { break }
            let group = digitRun(j + 1)
            guard group >= 2 else { break }
            total += group
            guard total <= maxTotal else { return nil }
            separator = c
            groups += 1
            j += 1 + group
        }
        if let end = extensionEnd(at: j) { return (end, total, groups) }
        guard numberCanEnd(at: j) else { return nil }
        return (j, total, groups)
    }
}
