/// The words before a number: `call me on 0619345145` is a phone number, `order 0619345145` is not.
extension PIIScanner {
    /// How many words before a number are read for a phone or card word, and how many for an
    /// identifier word (which must be close: `order no. 123`, not `order … call me on 123`).
    static let contextWords = 5, identifierWords = 3
    /// How far back, in bytes, the words may start.
    static let contextBytes = 48

    /// The context of the number at `i`: the first phone, card or identifier word met reading back
    /// from `i`, within `contextWords` words (identifier words within `identifierWords`) and
    /// `contextBytes` bytes. Digits and punctuation between words are skipped.
    func context(before i: Int) -> PIIContext {
        let limit = max(0, i - Self.contextBytes)
        var j = i
        var words = 0
        while words < Self.contextWords {
            while j > limit, !Self.isContextLetter(bytes[j - 1]) { j -= 1 }
            let end = j
            while j > limit, Self.isContextLetter(bytes[j - 1]) { j -= 1 }
            guard j < end, j > limit || j == 0 || !Self.isContextLetter(bytes[j - 1]) else { return .none }
            words += 1
            switch PIIContextWords.classify(bytes[j..<end]) {
            case .none: continue
            case .identifier where words > Self.identifierWords: continue
            case let context: return context
            }
        }
        return .none
    }

    /// Letters of context words: ASCII letters and the bytes of non-ASCII characters (`é`, `ã`, `º`).
    @inline(__always) private static func isContextLetter(_ b: UInt8) -> Bool { ASCII.isLetter(b) || b >= 0x80 }
}
