/// Payment card numbers and US social security numbers.
extension PIIScanner {
    /// Matches a US SSN, `ddd-dd-dddd` or `ddd dd dddd`, at `i`.
    ///
    /// Numbers the SSA never issues are rejected: area 000, 666 or 900–999, group 00, serial 0000
    /// (SSA, "Social Security Number Randomization", and POMS RM 10201.035).
    func matchSSN(at i: Int) -> Int? {
        guard digitRun(i) == 3 else { return nil }
        let separator = at(i + 3)
        guard separator == ASCII.minus || separator == ASCII.space,
            digitRun(i + 4) == 2, at(i + 6) == separator, digitRun(i + 7) == 4
        else { return nil }
        let area = number(i, 3), group = number(i + 4, 2), serial = number(i + 7, 4)
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return nil }
        let end = i + 11
        guard numberCanEnd(at: end), !(at(end) == separator && ASCII.isDigit(at(end + 1))) else { return nil }
        return end
    }

    /// Matches a card number of 13–19 digits at `i` that passes Luhn and whose prefix and length a card
    /// network issues (`isIssuedCardNumber`): one unbroken run, or a first group of four followed by
    /// groups of 3–6 joined by one space or `-` used throughout (`4111 1111 1111 1111`,
    /// `3782 822463 10005`); the last group may be shorter (`4101 8983 0975 4`). The longest valid
    /// grouping wins. A number right after an identifier word (`order`, `EAN`, `Bestellung` …) is not
    /// a card.
    func matchCard(at i: Int) -> Int? {
        let first = digitRun(i)
        if first >= 13 {
            let end = i + first
            guard first <= 19, numberCanEnd(at: end), isIssuedCardNumber(i..<end), Checksum.luhn(bytes, i..<end),
                context(before: i) != .identifier
            else { return nil }
            return end
        }
        guard first == 4 else { return nil }
        let separator = at(i + 4)
        guard separator == ASCII.space || separator == ASCII.minus else { return nil }
        var j = i + 4
        var total = 4
        var best: Int?
        while at(j) == separator {
            let group = digitRun(j + 1)
            guard (1...6).contains(group), total + group <= 19 else { break }
            total += group
            j += 1 + group
            if total >= 13, numberCanEnd(at: j), isIssuedCardNumber(i..<j), Checksum.luhn(bytes, i..<j) { best = j }
            if group < 3 { break }  // only the last group may be short
        }
        guard let best, context(before: i) != .identifier else { return nil }
        return best
    }

    /// The decimal value of `count` digits at `i`.
    private func number(_ i: Int, _ count: Int) -> Int {
        var value = 0
        for k in i..<(i + count) { value = value * 10 + Int(bytes[k] &- 0x30) }
        return value
    }
}
