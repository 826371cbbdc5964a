extension Catalog {
    /// The catalog product names in `text`, longest match first at each word, non-overlapping.
    /// - Parameters:
    ///   - text: Any string; names match as folded words (see `Catalog`).
    func nameOccurrences(in text: String) -> [NameOccurrence] {
        guard !namesByFirstWord.isEmpty else { return [] }
        let words = Self.nameWords(TextFolding.words(in: text))
        var found: [NameOccurrence] = []
        var i = 0
        while i < words.count {
            var matched = 0
            if let candidates = namesByFirstWord[words[i].text] {
                for candidate in candidates where i + candidate.words.count <= words.count {
                    let count = candidate.words.count
                    if (1..<count).allSatisfy({ words[i + $0].text == candidate.words[$0] }) {
                        let range = words[i].utf8Range.lowerBound..<words[i + count - 1].utf8Range.upperBound
                        found.append(NameOccurrence(product: candidate.product, utf8Range: range))
                        matched = count
                        break
                    }
                }
            }
            i += max(matched, 1)
        }
        return found
    }
}
