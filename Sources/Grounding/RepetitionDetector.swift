import ProxyCore

/// Measures generation loops: how often the most repeated word sequence or line occurs.
enum RepetitionDetector {
    /// The largest number of occurrences of any `n`-word sequence (overlapping occurrences count).
    /// - Parameters:
    ///   - words: Folded words of the answer.
    ///   - n: Sequence length in words.
    static func worstSequenceRepeat(_ words: [FoldedWord], n: Int) -> Int {
        guard n > 0, words.count >= n else { return 0 }
        var ids: [Int] = []
        ids.reserveCapacity(words.count)
        var idByWord: [String: Int] = [:]
        for word in words {
            if let id = idByWord[word.text] {
                ids.append(id)
            } else {
                ids.append(idByWord.count)
                idByWord[word.text] = idByWord.count
            }
        }
        // Fewer distinct words than `n` and a long text is a loop of tiny period; the window counts still work.
        var counts: [Int: Int] = [:]
        var worst = 0
        for start in 0...(ids.count - n) {
            var hasher = Hasher()
            for k in start..<start + n { hasher.combine(ids[k]) }
            let key = hasher.finalize()
            let count = counts[key, default: 0] + 1
            counts[key] = count
            worst = max(worst, count)
        }
        return worst
    }

    /// The largest number of occurrences of one line (folded, at least `minScalars` long).
    /// - Parameters:
    ///   - text: The answer.
    ///   - minScalars: Shorter lines are ignored.
    static func worstLineRepeat(_ text: String, minScalars: Int) -> Int {
        var counts: [String: Int] = [:]
        var worst = 0
        // Split on scalars, not Characters: grapheme breaking costs more than the rest of the check.
        for line in text.unicodeScalars.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let trimmed = Substring(line).trimmingWhitespace()
            guard trimmed.unicodeScalars.count >= minScalars else { continue }
            let key = TextFolding.fold(String(trimmed))
            guard !key.isEmpty else { continue }
            let count = counts[key, default: 0] + 1
            counts[key] = count
            worst = max(worst, count)
        }
        return worst
    }
}
