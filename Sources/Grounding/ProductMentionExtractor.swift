/// Finds product IDs in text in one forward pass over its UTF-8 bytes, without regular expressions.
///
/// Bracketed IDs are tried first at each bracket; what is not a bracketed ID is then scanned as
/// ordinary tokens, so `[1YMWWN1N4O is great]` still yields a bare `1YMWWN1N4O`. A token is a
/// maximal run of ASCII letters and digits; anything else, including every non-ASCII character,
/// bounds it, so `时计1YMWWN1N4O` and `“1YMWWN1N4O”` both find the ID.
package struct ProductMentionExtractor: Sendable {
    package var configuration: ExtractionConfiguration
    private let brackets: [(open: [UInt8], close: [UInt8])]

    /// An extractor.
    /// - Parameters:
    ///   - configuration: Patterns and ID shape.
    package init(configuration: ExtractionConfiguration = .default) {
        self.configuration = configuration
        self.brackets = configuration.brackets.compactMap { pair in
            pair.open.isEmpty || pair.close.isEmpty ? nil : (Array(pair.open.utf8), Array(pair.close.utf8))
        }
    }

    /// The mentions in `text`, in order and non-overlapping.
    /// - Parameters:
    ///   - text: Answer or tool text.
    ///   - source: Recorded on each mention.
    ///   - isKnownID: Whether a token is a catalog ID; such bare tokens skip the digit-and-letter rule.
    package func mentions(
        in text: String, source: ProductMention.Source = .answer, isKnownID: (Substring) -> Bool = { _ in false }
    ) -> [ProductMention] {
        mentions(in: Array(text.utf8), source: source, isKnownID: isKnownID)
    }

    func mentions(in bytes: [UInt8], source: ProductMention.Source, isKnownID: (Substring) -> Bool) -> [ProductMention] {
        var found: [ProductMention] = []
        let n = bytes.count
        var i = 0
        while i < n {
            if configuration.bracketed, let end = matchBracketed(bytes, at: i, source: source, into: &found) {
                i = end
                continue
            }
            if UTF8Bytes.isAlnum(bytes[i]) {
                var end = i + 1
                while end < n, UTF8Bytes.isAlnum(bytes[end]) { end += 1 }
                if configuration.bare, configuration.shape.lengths.contains(end - i) {
                    let token = Substring(decoding: bytes[i..<end], as: UTF8.self)
                    let strict = configuration.bareNeedsDigitAndLetter && !isKnownID(token)
                    if configuration.shape.matches(bytes, i..<end, needsDigitAndLetter: strict) {
                        found.append(ProductMention(id: String(token), utf8Range: i..<end, form: .bare, source: source))
                    }
                }
                i = end
                continue
            }
            i += 1
        }
        return found
    }

    /// Matches `open ID (, ID)* close` at `i`, with blanks allowed inside; appends the IDs and
    /// returns the index after the closing bracket, or nil (appending nothing).
    private func matchBracketed(_ bytes: [UInt8], at i: Int, source: ProductMention.Source, into found: inout [ProductMention]) -> Int? {
        for pair in brackets where UTF8Bytes.hasLiteral(bytes, pair.open, at: i) {
            var j = i + pair.open.count
            var ids: [ProductMention] = []
            while true {
                j = UTF8Bytes.skipBlanks(bytes, from: j)
                let start = j
                while j < bytes.count, UTF8Bytes.isAlnum(bytes[j]) { j += 1 }
                guard j > start, configuration.shape.matches(bytes, start..<j, needsDigitAndLetter: false) else { break }
                let id = String(decoding: bytes[start..<j], as: UTF8.self)
                ids.append(ProductMention(id: id, utf8Range: start..<j, form: .bracketed, source: source))
                j = UTF8Bytes.skipBlanks(bytes, from: j)
                if UTF8Bytes.hasLiteral(bytes, pair.close, at: j) {
                    found.append(contentsOf: ids)
                    return j + pair.close.count
                }
                guard j < bytes.count, bytes[j] == UInt8(ascii: ",") || bytes[j] == UInt8(ascii: ";") else { break }
                j += 1
            }
        }
        return nil
    }
}
