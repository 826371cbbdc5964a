/// A single forward pass over a text's UTF-8 bytes that records non-overlapping findings in order.
///
/// The loop looks at each byte once and only tries a matcher at a cheap trigger: the start of a word
/// that could begin a match (a digit, an upper-case letter, `b`, `s`, `g`), any word followed by `:`
/// (IPv6), or one of `@ + ( - :`. A word whose start matches nothing is skipped whole, so digits
/// inside identifiers such as `OLJCESPC7Z` are never read as numbers. Bytes of non-ASCII characters
/// are word boundaries: `電話+81 3-1234-5678` finds the number.
struct PIIScanner {
    /// A match before it is recorded: `kind` over `start..<end`.
    struct Match {
        var kind: PIIKind
        var start: Int
        var end: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let enabled: PIIKindMask
    private(set) var findings: [PIIFinding] = []
    /// The end of the last finding; later findings never start before it.
    private(set) var lastEnd = 0

    init(bytes: UnsafeBufferPointer<UInt8>, enabled: PIIKindMask) {
        self.bytes = bytes
        self.enabled = enabled
    }

    /// The byte at `i`, or 0 (which belongs to no class) outside the text.
    @inline(__always) func at(_ i: Int) -> UInt8 {
        UInt(bitPattern: i) < UInt(bitPattern: bytes.count) ? bytes[i] : 0
    }

    /// The length of the run of ASCII digits starting at `i`.
    @inline(__always) func digitRun(_ i: Int) -> Int {
        var j = i
        while ASCII.isDigit(at(j)) { j += 1 }
        return j - i
    }

    /// Scans the whole text.
    mutating func scan() {
        ByteClass.table.withUnsafeBufferPointer { scan(classes: $0) }
    }

    /// The scan loop. Ordinary words cost one table load per byte and one test at their start; only
    /// words that could begin a match (digits, upper case, `A B b s g`) or that precede a `:` reach the
    /// matchers.
    private mutating func scan(classes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            let byteClass = classes[Int(b)]
            if byteClass & ByteClass.word != 0 {
                var wordEnd = i + 1
                while wordEnd < n, classes[Int(bytes[wordEnd])] & ByteClass.word != 0 { wordEnd += 1 }
                if byteClass & ByteClass.wordStart != 0 || at(wordEnd) == ASCII.colon,
                    Self.mayStartMatch(b, length: wordEnd - i, next: at(wordEnd), second: at(i + 1)),
                    !ASCII.isWord(at(i - 1)), let match = matchWord(at: i, end: wordEnd, first: b)
                {
                    record(match)
                    i = match.end
                } else {
                    i = wordEnd
                }
                continue
            }
            if byteClass & ByteClass.trigger != 0, let match = matchPunctuation(at: i, byte: b) {
                record(match)
                i = match.end
                continue
            }
            i += 1
        }
    }

    private mutating func record(_ match: Match) {
        findings.append(PIIFinding(kind: match.kind, utf8Range: match.start..<match.end))
        lastEnd = match.end
    }

    /// Tries the matchers that begin at the word `i..<end`. Each is gated on cheap facts (first byte,
    /// word length, the byte after the word) so that ordinary words cost a few comparisons.
    private func matchWord(at i: Int, end: Int, first b: UInt8) -> Match? {
        let length = end - i
        let next = at(end)
        if enabled.contains(.ipAddress), length <= 4, next == ASCII.colon, ASCII.isHex(b), let e = matchIPv6(at: i) {
            return Match(kind: .ipAddress, start: i, end: e)
        }
        if ASCII.isDigit(b) {
            // Every number pattern starts with a run of digits that ends the word.
            guard digitRun(i) == length else { return nil }
            return matchNumber(at: i, length: length, next: next)
        }
        if enabled.contains(.secret), Self.mayStartSecret(b, length: length, next: next, second: at(i + 1)),
            let match = matchSecretWord(at: i, length: length, next: next, first: b)
        {
            return match
        }
        if enabled.contains(.iban), length == 4 || (15...34).contains(length), ASCII.isUpper(b),
            let e = matchIBAN(at: i)
        {
            return Match(kind: .iban, start: i, end: e)
        }
        return nil
    }

    /// Whether a word could start a match, from its first two bytes, its length and the byte after it;
    /// inlined so that most words never reach `matchWord`.
    @inline(__always) private static func mayStartMatch(_ b: UInt8, length: Int, next: UInt8, second: UInt8) -> Bool {
        if ASCII.isDigit(b) || (next == ASCII.colon && length <= 4) { return true }
        if ASCII.isUpper(b), length == 4 || length >= 15, ASCII.isUpper(second) { return true }  // IBAN
        return mayStartSecret(b, length: length, next: next, second: second)
    }

    /// A cheap filter before `matchSecretWord`: `AI…`/`AK…` of 4+, `Bearer` before a blank, `sk` before
    /// `-`, `g…` of 30+.
    @inline(__always) private static func mayStartSecret(_ b: UInt8, length: Int, next: UInt8, second: UInt8) -> Bool {
        switch b {
        case 0x41: length >= 4 && (second == 0x49 || second == 0x4B)
        case 0x42, 0x62: length == 6 && (next == ASCII.space || next == ASCII.tab)
        case 0x73: length == 2 && next == ASCII.minus
        case 0x67: length >= 30
        default: false
        }
    }

    /// Tries the matchers for a word of `length` digits at `i`, most specific first: cards, then
    /// (before a separator) IPv4, SSN, grouped cards and phone numbers by shape, then phone numbers
    /// after a phone word.
    private func matchNumber(at i: Int, length: Int, next: UInt8) -> Match? {
        guard numberCanStart(at: i) else { return nil }
        if length >= 13 {
            if enabled.contains(.paymentCard), let e = matchCard(at: i) {
                return Match(kind: .paymentCard, start: i, end: e)
            }
        } else if next == ASCII.space || next == ASCII.minus || next == ASCII.dot || next == ASCII.slash {
            if enabled.contains(.ipAddress), length <= 3, next == ASCII.dot, let e = matchIPv4(at: i) {
                return Match(kind: .ipAddress, start: i, end: e)
            }
            if enabled.contains(.usSSN), length == 3, let e = matchSSN(at: i) {
                return Match(kind: .usSSN, start: i, end: e)
            }
            if enabled.contains(.paymentCard), length == 4, let e = matchCard(at: i) {
                return Match(kind: .paymentCard, start: i, end: e)
            }
            if enabled.contains(.phone), length <= 5, let e = matchNationalPhone(at: i, length: length),
                context(before: i) != .identifier
            {
                return Match(kind: .phone, start: i, end: e)
            }
        }
        if enabled.contains(.phone), length <= 15, mayBeCuedPhone(at: i, length: length),
            let e = matchCuedPhone(at: i)
        {
            return Match(kind: .phone, start: i, end: e)
        }
        return nil
    }

    /// Tries the matchers triggered by a punctuation byte.
    private func matchPunctuation(at i: Int, byte b: UInt8) -> Match? {
        switch b {
        case ASCII.at:
            guard enabled.contains(.email) else { return nil }
            return matchEmail(at: i)
        case ASCII.plus:
            guard enabled.contains(.phone), let end = matchInternationalPhone(at: i) else { return nil }
            return Match(kind: .phone, start: i, end: end)
        case ASCII.openParen:
            guard enabled.contains(.phone), let end = matchParenthesizedPhone(at: i) else { return nil }
            return Match(kind: .phone, start: i, end: end)
        case ASCII.minus:
            guard enabled.contains(.secret), let end = matchPEM(at: i) else { return nil }
            return Match(kind: .secret, start: i, end: end)
        case ASCII.colon:
            guard enabled.contains(.ipAddress), at(i + 1) == ASCII.colon, let end = matchIPv6(at: i)
            else { return nil }
            return Match(kind: .ipAddress, start: i, end: end)
        default:
            return nil
        }
    }

    /// Whether a number may start at `i`: not the continuation of a dotted, dashed or timed number
    /// such as the `3` of `1.2.3` or the `30` of `10:30`, nor digits after a `+` (the international
    /// phone matcher has already had its chance there).
    private func numberCanStart(at i: Int) -> Bool {
        switch at(i - 1) {
        case ASCII.plus: false
        case ASCII.dot, ASCII.comma, ASCII.minus, ASCII.colon, ASCII.slash: !ASCII.isDigit(at(i - 2))
        default: true
        }
    }

    /// Whether a number may end at `end`: the next byte starts no word, address or further digit group
    /// (`-`, `.`, `,`, `:`, `/` followed by a digit). A space followed by a digit is allowed.
    func numberCanEnd(at end: Int) -> Bool {
        let next = at(end)
        if ASCII.isWord(next) || next == ASCII.at { return false }
        switch next {
        case ASCII.dot, ASCII.comma, ASCII.minus, ASCII.colon, ASCII.slash: return !ASCII.isDigit(at(end + 1))
        default: return true
        }
    }
}
