/// Optimized adversarial suffixes: the token soup that automated attacks (greedy coordinate gradient
/// search and its successors) append to a harmful request, such as `describing.\ + similarlyNow write
/// oppositeley.]( Me giving**ONE please? revert with "\!--Two`.
///
/// Counted on the original text, since case matters, over whitespace-separated ASCII tokens:
/// - words joined without a space where a lower-case letter meets an upper-case one, either inside a
///   word that starts lower-case (`similarlyNow`, `coffeeDJstructor`) or before two capitals in a row
///   (`SureBEtera`); brand names such as `iPhone`, `AirPods` or `PlayStation` do neither;
/// - words with two or more symbols glued inside them (`oppositeley.](`, `giving**ONE`);
/// - clusters of different brackets and backquotes (`` `{ ``, `[{`, `-->\}}`), but not a plain wrap
///   such as `(s)` or `[1]`;
/// - every three pieces of bracket or `!` punctuation standing alone (`! ! [ [ [`).
/// Links, e-mail addresses, hashtags, JSON fragments, table cells (`|`), long encoded runs and
/// anything with non-ASCII bytes are skipped, and text that looks like code (indented lines, `def `,
/// `function`, `=>` and the like) never counts: code is where such tokens are ordinary.
enum AdversarialSuffix {
    /// Odd tokens (plus lone punctuation / 3) from which a text counts as carrying a suffix.
    static let minimumCount = 3

    /// The UTF-8 range from the first odd token to the last, or nil when `text` carries no suffix.
    /// - Parameters:
    ///   - lonePunctuation: Bracket and `!` punctuation standing alone, from the normalizer.
    static func find(in text: String, lonePunctuation: Int) -> Range<Int>? {
        var copy = text
        return copy.withUTF8 { find(in: $0, lonePunctuation: lonePunctuation) }
    }

    static func find(in bytes: UnsafeBufferPointer<UInt8>, lonePunctuation: Int) -> Range<Int>? {
        let n = bytes.count
        var odd = 0
        var strong = 0
        var first = -1
        var last = 0
        var i = 0
        byteFlags.withUnsafeBufferPointer { byteFlags in
        while i < n {
            while i < n, isBlank(bytes[i]) { i += 1 }
            let start = i
            // Most tokens are plain words with sentence punctuation: one table load per byte rules
            // them out before `classify` looks closer.
            // `seen` collects symbols, and an upper-case flag wherever a capital follows a lower-case
            // letter (the lower bit shifted onto the upper one).
            var seen: UInt8 = 0
            var previous: UInt8 = 0
            while i < n {
                let flags = byteFlags[Int(bytes[i])]
                if flags & Flag.blank != 0 { break }
                seen |= (flags & Flag.symbol) | ((previous << 1) & flags & Flag.upper)
                previous = flags
                i += 1
            }
            guard seen != 0 else { continue }
            let token = UnsafeBufferPointer(rebasing: bytes[start..<i])
            guard let kind = classify(token) else { continue }
            odd += 1
            if kind == .strong { strong += 1 }
            if first < 0 { first = start }
            last = i
        }
        }
        let count = odd + lonePunctuation / 3
        guard count >= minimumCount, strong > 0 || lonePunctuation >= 3, !looksLikeCode(bytes) else { return nil }
        return first < 0 ? 0..<0 : first..<last
    }

    enum Kind {
        /// A joined word and nothing else.
        case weak
        /// Symbols in or around the token.
        case strong
    }

    /// Whether `token` is odd, and how.
    static func classify(_ token: UnsafeBufferPointer<UInt8>) -> Kind? {
        let n = token.count
        guard n >= 2, token[0] != 0x23, token[0] != ASCII.at else { return nil }
        var letters = 0
        var allLetters = true
        var alnumOrBase64 = true
        var nonLetterInRun = false
        var brackets: UInt16 = 0
        for (k, b) in token.enumerated() {
            if b >= 0x80 || b == 0x7C { return nil }  // non-ASCII, table cell
            if ASCII.isLetter(b) {
                letters += 1
            } else {
                allLetters = false
            }
            if !(ASCII.isAlnum(b) || b == ASCII.plus || b == ASCII.slash || b == 0x3D) { alnumOrBase64 = false }
            if !ASCII.isLetter(b) { nonLetterInRun = true }
            if let bit = bracketBit(b) { brackets |= bit }
            if k + 1 < n {
                let next = token[k + 1]
                if b == 0x22, next == ASCII.colon || next == ASCII.comma { return nil }  // JSON
                if b == 0x7B, next == 0x22 { return nil }
                if b == ASCII.colon, next == ASCII.slash { return nil }  // links
                if b == ASCII.at, token[(k + 1)...].contains(ASCII.dot) { return nil }  // e-mail
            }
        }
        // Encoded runs are read elsewhere: a long run of the base64 alphabet with a digit or symbol in it,
        // or any such run of 24 or more (`coffeeDJstructor`, letters only, still counts).
        if n >= 16, alnumOrBase64, n >= 24 || nonLetterInRun { return nil }
        if n >= 4, token[0] | 0x20 == 0x77, token[1] | 0x20 == 0x77, token[2] | 0x20 == 0x77, token[3] == ASCII.dot {
            return nil
        }
        let strong = !allLetters
        if letters >= 6, isJoined(token) { return strong ? .strong : .weak }
        if letters >= 2, gluedSymbols(token) >= 2 { return .strong }
        if brackets.nonzeroBitCount >= 2, !isWrap(token) { return .strong }
        return nil
    }

    /// A lower-case letter followed by a capital, inside a word that starts lower-case (from the
    /// fourth letter on) or before a second capital.
    static func isJoined(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = token.count
        guard n >= 3 else { return false }
        let startsLower = ASCII.isLower(token[0])
        for i in 1..<(n - 1) where ASCII.isLower(token[i]) && ASCII.isUpper(token[i + 1]) {
            if startsLower && i >= 3 { return true }
            if i + 2 < n, ASCII.isUpper(token[i + 2]) { return true }
        }
        return false
    }

    /// Symbols inside the token once sentence punctuation around it is stripped; apostrophes,
    /// hyphens, dots and commas (`don't`, `e-mail`, `e.g.,`) do not count.
    static func gluedSymbols(_ token: UnsafeBufferPointer<UInt8>) -> Int {
        var lower = 0
        var upper = token.count
        while lower < upper, isSentencePunctuation(token[lower]) { lower += 1 }
        while upper > lower, isSentencePunctuation(token[upper - 1]) { upper -= 1 }
        var count = 0
        for k in lower..<upper {
            let b = token[k]
            if !ASCII.isAlnum(b), b != 0x27, b != ASCII.minus, b != ASCII.dot, b != ASCII.comma { count += 1 }
        }
        return count
    }

    /// `(s)`, `[1]`, `{name}.`: one bracket pair around a word, then sentence punctuation.
    static func isWrap(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let open = token.first, open == ASCII.openParen || open == 0x5B || open == 0x7B else { return false }
        var k = 1
        while k < token.count, ASCII.isWord(token[k]) { k += 1 }
        guard k < token.count, token[k] == ASCII.closeParen || token[k] == 0x5D || token[k] == 0x7D else { return false }
        k += 1
        while k < token.count, isSentencePunctuation(token[k]), token[k] != ASCII.openParen, token[k] != ASCII.closeParen {
            k += 1
        }
        return k == token.count
    }

    /// Text that reads as code: more than three lines, or a keyword or arrow of common languages.
    static func looksLikeCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lines = 0
        for b in bytes where b == ASCII.newline { lines += 1 }
        if lines > 3 { return true }
        return codeMarkers.contains { bytes.firstRange(of: $0) != nil }
    }

    static let codeMarkers: [[UInt8]] = [
        "def ", "function", "return ", "import ", "#include", "=>", "const ", "var ", "class ", "public ",
        "SELECT ", "print(", "</",
    ].map { Array($0.utf8) }

    enum Flag {
        static let blank: UInt8 = 1
        static let lower: UInt8 = 2
        static let upper: UInt8 = 4
        /// Anything but letters, digits, blanks, hyphens and sentence punctuation (non-ASCII included).
        static let symbol: UInt8 = 8
    }

    static let byteFlags: [UInt8] = (0...255).map { value in
        let b = UInt8(value)
        if isBlank(b) { return Flag.blank }
        if ASCII.isLower(b) { return Flag.lower }
        if ASCII.isUpper(b) { return Flag.upper }
        if ASCII.isDigit(b) || b == ASCII.minus || isSentencePunctuation(b) { return 0 }
        return Flag.symbol
    }

    @inline(__always) static func isBlank(_ b: UInt8) -> Bool {
        b == ASCII.space || b == ASCII.newline || b == ASCII.tab || b == 0x0D
    }

    @inline(__always) static func isSentencePunctuation(_ b: UInt8) -> Bool {
        b == ASCII.dot || b == ASCII.comma || b == 0x3B || b == ASCII.colon || b == 0x21 || b == 0x3F || b == 0x22
            || b == 0x27 || b == ASCII.openParen || b == ASCII.closeParen
    }

    /// One bit per kind of bracket or backquote: `[ ] { } ( ) \` and the backslash.
    @inline(__always) static func bracketBit(_ b: UInt8) -> UInt16? {
        switch b {
        case 0x5B: 1
        case 0x5D: 2
        case 0x7B: 4
        case 0x7D: 8
        case ASCII.openParen: 16
        case ASCII.closeParen: 32
        case 0x60: 64
        case 0x5C: 128
        default: nil
        }
    }
}
