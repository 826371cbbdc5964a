/// Matching the compiled rules against the words of normalized text.
extension InjectionRuleSet {
    /// A rule hit over `range` of the matched bytes.
    struct Hit {
        /// Index into `rules`, or into `literals` when `isLiteral`.
        var rule: Int32
        var isLiteral: Bool
        var range: Range<Int>
    }

    /// The words of `bytes` (runs of ASCII letters and digits and non-ASCII bytes), as start/end pairs.
    static func words(of bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        let n = bytes.count
        // At most one word per two bytes, plus one.
        return wordBytes.withUnsafeBufferPointer { isWord in
            [Int32](unsafeUninitializedCapacity: n + 2) { out, count in
                var i = 0
                var k = 0
                while i < n {
                    while i < n, isWord[Int(bytes[i])] == 0 { i += 1 }
                    guard i < n else { break }
                    let start = i
                    while i < n, isWord[Int(bytes[i])] != 0 { i += 1 }
                    out[k] = Int32(start)
                    out[k + 1] = Int32(i)
                    k += 2
                }
                count = k
            }
        }
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        ASCII.isLower(b) || ASCII.isDigit(b) || b >= 0x80
    }

    /// `isWordByte` of every byte, 1 or 0, for the scan in `words(of:)`.
    static let wordBytes: [UInt8] = (0...255).map { isWordByte(UInt8($0)) ? 1 : 0 }

    /// Appends the first hit of each phrase rule not yet in `seen` to `hits`.
    func matchPhrases(
        bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Int32>, seen: inout [UInt64],
        hits: inout [Hit]
    ) {
        let wordCount = words.count / 2
        var w = 0
        while w < wordCount {
            let start = Int(words[2 * w])
            let end = Int(words[2 * w + 1])
            let key = Self.bucket(UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 3)]), count: end - start)
            var c = Int(bucketStart[key])
            let stop = Int(bucketStart[key + 1])
            while c < stop {
                let entry = bucketEntries[c]
                c += 1
                let r = Int(entry.rule)
                if seen[r >> 6] & (1 << UInt64(r & 63)) != 0 { continue }
                guard alternativeMatches(alternatives[Int(entry.alternative)], start: start, length: end - start, bytes: bytes)
                else { continue }
                let first = Int(ruleTokens[r])
                if let last = match(
                    token: first + 1, of: Int(ruleTokens[r + 1]), word: w + 1, bytes: bytes, words: words,
                    wordCount: wordCount)
                    , passesGuards(rule: r, from: w, to: last, bytes: bytes, words: words)
                {
                    seen[r >> 6] |= 1 << UInt64(r & 63)
                    hits.append(Hit(rule: Int32(r), isLiteral: false, range: start..<Int(words[2 * last - 1])))
                }
            }
            w += 1
        }
    }

    /// Whether a match over words `from..<to` avoids the rule's forbidden words and preceding words.
    private func passesGuards(
        rule r: Int, from: Int, to: Int, bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Int32>
    ) -> Bool {
        let notAfter = Int(ruleNotAfter[r])
        if notAfter >= 0, from > 0, tokenMatches(guards[notAfter], word: from - 1, bytes: bytes, words: words) {
            return false
        }
        let forbidden = Int(ruleForbidden[r])
        if forbidden >= 0 {
            for k in from..<to where tokenMatches(guards[forbidden], word: k, bytes: bytes, words: words) { return false }
        }
        return true
    }

    /// Matches tokens `t..<end` from word `w`; returns the index just past the last word matched.
    private func match(
        token t: Int, of end: Int, word w: Int, bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Int32>,
        wordCount: Int
    ) -> Int? {
        if t == end { return w }
        let token = tokens[t]
        if token.negated {
            if w < wordCount, tokenMatches(token, word: w, bytes: bytes, words: words) { return nil }
            return match(token: t + 1, of: end, word: w, bytes: bytes, words: words, wordCount: wordCount)
        }
        var k = w
        let last = min(wordCount - 1, w + Int(token.gapBefore))
        while k <= last {
            if tokenMatches(token, word: k, bytes: bytes, words: words),
                let e = match(token: t + 1, of: end, word: k + 1, bytes: bytes, words: words, wordCount: wordCount)
            {
                return e
            }
            k += 1
        }
        return nil
    }

    @inline(__always) private func tokenMatches(
        _ token: Token, word w: Int, bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Int32>
    ) -> Bool {
        let start = Int(words[2 * w])
        guard token.firstBytes >> UInt64(bytes[start] & 63) & 1 != 0 else { return false }
        let length = Int(words[2 * w + 1]) - start
        var a = Int(token.firstAlternative)
        let stop = a + Int(token.alternativeCount)
        while a < stop {
            if alternativeMatches(alternatives[a], start: start, length: length, bytes: bytes) { return true }
            a += 1
        }
        return false
    }

    @inline(__always) private func alternativeMatches(
        _ alt: Alternative, start: Int, length: Int, bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let altLength = Int(alt.length)
        guard alt.prefix ? length >= altLength : length == altLength else { return false }
        var j = 0
        let base = Int(alt.start)
        while j < altLength, pool[base + j] == bytes[start + j] { j += 1 }
        return j == altLength
    }

    /// Appends the first hit of each literal rule to `hits`.
    func matchLiterals(bytes: UnsafeBufferPointer<UInt8>, hits: inout [Hit]) {
        var seen: UInt64 = 0
        let n = bytes.count
        guard n >= 2 else { return }
        literalPairs.withUnsafeBufferPointer { pairs in
            var pair = Int(bytes[0])
            for i in 0..<n - 1 {
                pair = (pair << 8 | Int(bytes[i + 1])) & 0xFFFF
                guard pairs[pair >> 6] >> UInt64(pair & 63) & 1 != 0 else { continue }
                let b = bytes[i]
                var c = Int(literalStart[Int(b)])
                let stop = Int(literalStart[Int(b) + 1])
                while c < stop {
                    let l = literalOrder[c]
                    c += 1
                    if seen & (1 << UInt64(l & 63)) != 0 { continue }
                    let from = Int(literalOffset[Int(l)])
                    let count = Int(literalOffset[Int(l) + 1]) - from
                    guard i + count <= n else { continue }
                    var j = 1
                    while j < count, literalPool[from + j] == bytes[i + j] { j += 1 }
                    guard j == count else { continue }
                    if literals[Int(l)].lineStart, i > 0, bytes[i - 1] != 0x0A { continue }
                    seen |= 1 << UInt64(l & 63)
                    hits.append(Hit(rule: l, isLiteral: true, range: i..<i + count))
                }
            }
        }
    }
}
