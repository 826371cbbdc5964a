/// Splits text into folded words: case- and diacritic-insensitive, with UTF-8 ranges into the source.
///
/// A word is a run of letters and digits (any script). Apostrophes, hyphens and every other
/// punctuation end a word, so `can't` is `can t` on both sides of any comparison. Diacritics are
/// removed by a table covering Latin-1 and Latin Extended-A (the scripts of en/de/fr/es/it/pt), and
/// combining marks are dropped, so decomposed text folds like composed text.
enum TextFolding {
    /// The folded words of `text`, in order.
    /// - Parameters:
    ///   - text: Any string.
    ///   - limit: Stop after this many words.
    static func words(in text: String, limit: Int = .max) -> [FoldedWord] {
        var words: [FoldedWord] = []
        // The current word is built as UTF-8 bytes: appending to a String scalar by scalar costs
        // several times more, and this runs over every answer.
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(truncatingIfNeeded: v)
                if b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 {
                    if current.isEmpty { start = offset }
                    current.append(b &- 0x41 < 26 ? b | 0x20 : b)
                } else if !current.isEmpty {
                    words.append(FoldedWord(text: String(decoding: current, as: UTF8.self), utf8Range: start..<offset))
                    current.removeAll(keepingCapacity: true)
                    if words.count >= limit { return words }
                }
                offset += 1
                continue
            }
            let width = UTF8.width(scalar)
            if isCombiningMark(scalar) {
                offset += width
                continue
            }
            if isWordScalar(scalar) {
                if current.isEmpty { start = offset }
                appendFolded(scalar, to: &current)
            } else if !current.isEmpty {
                words.append(FoldedWord(text: String(decoding: current, as: UTF8.self), utf8Range: start..<offset))
                current.removeAll(keepingCapacity: true)
                if words.count >= limit { return words }
            }
            offset += width
        }
        if !current.isEmpty, words.count < limit {
            words.append(FoldedWord(text: String(decoding: current, as: UTF8.self), utf8Range: start..<offset))
        }
        return words
    }

    /// The folded words of `text` joined by single spaces: `"¡Lo  SIENTO!"` → `"lo siento"`.
    /// - Parameters:
    ///   - text: Any string.
    static func fold(_ text: String) -> String {
        words(in: text).map(\.text).joined(separator: " ")
    }

    /// A simple English singular, applied to both sides of a name comparison so that it only has to
    /// be consistent: `watches` → `watch`, `berries` → `berry`, `sunglasses` → `sunglass`, `mugs` → `mug`.
    /// Words of three letters or fewer are left alone.
    /// - Parameters:
    ///   - word: A folded word.
    static func singular(_ word: String) -> String {
        let utf8 = word.utf8
        guard utf8.count > 3, utf8.last == UInt8(ascii: "s") else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for suffix in ["sses", "ches", "shes", "xes", "zes"] where word.hasSuffix(suffix) {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("ss") || word.hasSuffix("us") { return word }
        return String(word.dropLast())
    }

    /// Whether `scalar` belongs to a word: ASCII letters and digits, or any alphabetic or numeric scalar.
    @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            let b = UInt8(v)
            return b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Combining diacritical marks (U+0300–U+036F) and other non-spacing marks, which folding drops.
    @inline(__always) static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && (scalar.value <= 0x36F || scalar.properties.generalCategory == .nonspacingMark)
    }

    /// Appends the UTF-8 bytes of the lower-case, diacritic-free form of `scalar`.
    static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(UInt8(v) | (UInt8(v) &- 0x41 < 26 ? 0x20 : 0))
            return
        }
        if let plain = baseLetters[v] {
            out.append(contentsOf: plain.utf8)
            return
        }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            if let plain = baseLetters[lower.value] {
                out.append(contentsOf: plain.utf8)
            } else {
                out.append(contentsOf: UTF8.encode(lower)!)
            }
        }
    }

    /// Lower-case Latin letters with diacritics, and ligatures, mapped to plain ASCII.
    static let baseLetters: [UInt32: String] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
            ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
            ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"),
            ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"),
            ("ð", "d"),
        ]
        var table: [UInt32: String] = [:]
        for (letters, plain) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = plain }
        }
        return table
    }()
}
