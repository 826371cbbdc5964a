/// Per-word folding: leetspeak, spaced-out letters and whitespace.
extension InjectionNormalizer {
    /// Folds the per-scalar output `source` word by word into `out`.
    static func foldWords(_ source: FoldBuffer, into buffer: inout FoldBuffer) {
        var out = buffer  // a local copy, as in `foldUTF8`
        defer { buffer = out }
        let src = UnsafeBufferPointer(start: source.bytes, count: source.count)
        let n = src.count
        var i = 0
        while i < n {
            let b = src[i]
            if b == 0x20 || b == 0x0A {
                var j = i
                var newline = false
                while j < n, src[j] == 0x20 || src[j] == 0x0A {
                    if src[j] == 0x0A { newline = true }
                    j += 1
                }
                out.append(newline ? 0x0A : 0x20, source.starts[i], source.ends[j - 1])
                i = j
                continue
            }
            guard isTokenByte(b) else {
                if isSuffixPunctuation(b), i > 0, i + 1 < n, src[i - 1] == 0x20, src[i + 1] == 0x20 { out.lonePunctuation += 1 }
                out.append(b, source.starts[i], source.ends[i])
                i += 1
                continue
            }
            var j = i
            var letters = 0
            var leet = 0
            var otherDigits = 0
            while j < n, isTokenByte(src[j]) {
                let c = src[j]
                if ASCII.isLower(c) {
                    letters += 1
                    if c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 { out.vowels += 1 }
                } else if leetLetter(c) != 0 {
                    leet += 1
                } else if ASCII.isDigit(c) {
                    otherDigits += 1
                }
                j += 1
            }
            out.letters += letters
            if j - i == 1, ASCII.isLower(b), let end = spacedRunEnd(src, from: i) {
                var k = i
                while k < end {
                    out.append(src[k], source.starts[k], source.ends[k])
                    k += 2
                }
                i = end
                continue
            }
            let isLeet = leet > 0 && otherDigits == 0 && letters >= 2 && letters + 1 >= leet && j - i >= 3
            for k in i..<j {
                let c = src[k]
                let mapped = isLeet ? leetLetter(c) : 0
                out.append(mapped != 0 ? mapped : c, source.starts[k], source.ends[k])
            }
            i = j
        }
    }

    /// Word bytes: lower-case letters, digits, the leet symbols `@ $`, and non-ASCII bytes.
    @inline(__always) static func isTokenByte(_ b: UInt8) -> Bool {
        ASCII.isLower(b) || ASCII.isDigit(b) || b >= 0x80 || b == ASCII.at || b == 0x24
    }

    /// Punctuation that optimized adversarial suffixes scatter between blanks (`! ! [ [ ] )`). Operators
    /// (`= + - * /`), Morse dots and dashes, and the `: ; ? !`-style spacing of French typography are
    /// left out: code, Morse and French prose stand them alone all the time. `!` stays: eight of them
    /// standing alone is rare in prose of any language.
    @inline(__always) static func isSuffixPunctuation(_ b: UInt8) -> Bool {
        b == 0x21 || AdversarialSuffix.bracketBit(b) != nil
    }

    /// The letter a leetspeak symbol stands for, or 0.
    @inline(__always) static func leetLetter(_ b: UInt8) -> UInt8 {
        switch b {
        case 0x30: 0x6F  // 0 o
        case 0x31: 0x69  // 1 i
        case 0x33: 0x65  // 3 e
        case 0x34: 0x61  // 4 a
        case 0x35: 0x73  // 5 s
        case 0x37: 0x74  // 7 t
        case ASCII.at: 0x61  // @ a
        case 0x24: 0x73  // $ s
        default: 0
        }
    }

    /// Separators that may sit between spaced-out letters.
    @inline(__always) static func isSpacer(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x2E || b == 0x2D || b == 0x5F || b == 0x2A || b == 0x2F
    }

    /// If four or more single letters start at `i`, each followed by the same one-byte separator
    /// (`i g n o r e`, `i.g.n.o.r.e`), the index just past the last letter.
    static func spacedRunEnd(_ src: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        let n = src.count
        guard i + 1 < n, isSpacer(src[i + 1]) else { return nil }
        let separator = src[i + 1]
        var k = i
        var count = 1
        while k + 2 < n, src[k + 1] == separator, ASCII.isLower(src[k + 2]),
            k + 3 >= n || !isTokenByte(src[k + 3])
        {
            k += 2
            count += 1
        }
        return count >= 4 ? k + 1 : nil
    }
}
