/// Levenshtein distance, for suggesting the key a typo meant.
enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions turning `a` into `b`.
    /// - Parameters:
    ///   - a: One string.
    ///   - b: The other string.
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word`, if it is at most `maximum` edits away; ties go to the first.
    /// - Parameters:
    ///   - word: The misspelt word.
    ///   - candidates: The words it may have meant, in order of preference.
    ///   - maximum: The largest distance worth suggesting.
    static func closest(to word: String, in candidates: [String], maximum: Int = 2) -> String? {
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let distance = between(word, candidate)
            if distance <= maximum, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.word
    }
}
