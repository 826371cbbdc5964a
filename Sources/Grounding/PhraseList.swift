/// A list of cue phrases matched against folded words.
///
/// Each entry is folded like the text (`"Je ne peux pas"` → `je ne peux pas`). An entry ending in
/// `*` is a stem: its last word matches any word that starts with it (`empfehl*` matches `empfehle`,
/// `empfehlen`). Matching is by whole words, so `sorry` does not match inside `sorryness`… but
/// `sorr*` would.
struct PhraseList: Sendable {
    private struct Phrase: Sendable {
        var words: [String]
        var lastIsStem: Bool
        var source: String
        /// Which of the lists given to ``init(groups:)`` the cue came from.
        var group: Int
    }

    private let byFirstWord: [String: [Phrase]]
    private let stemsByFirstWord: [Phrase]

    /// How many lists ``init(groups:)`` was given.
    let groupCount: Int

    /// A list from cue strings; empty cues are ignored.
    /// - Parameters:
    ///   - cues: Phrases or stems (`word*`).
    init(_ cues: [String]) {
        self.init(groups: [cues])
    }

    /// Several lists in one index, so that one pass over the text says which of them occur
    /// (``groupsOccurring(in:)``) instead of one pass per list.
    /// - Parameters:
    ///   - groups: Lists of phrases or stems; a cue's group is its list's index.
    init(groups: [[String]]) {
        var byFirst: [String: [Phrase]] = [:]
        var singleStems: [Phrase] = []
        for (group, cues) in groups.enumerated() {
            for cue in cues {
                let isStem = cue.hasSuffix("*")
                let words = TextFolding.words(in: isStem ? String(cue.dropLast()) : cue).map(\.text)
                guard let first = words.first else { continue }
                let phrase = Phrase(words: words, lastIsStem: isStem, source: cue, group: group)
                if isStem && words.count == 1 { singleStems.append(phrase) } else { byFirst[first, default: []].append(phrase) }
            }
        }
        byFirstWord = byFirst
        stemsByFirstWord = singleStems
        groupCount = groups.count
    }

    /// For each list given to ``init(groups:)``, whether any of its cues occurs in `words`.
    /// - Parameters:
    ///   - words: Folded words of the text.
    func groupsOccurring(in words: [FoldedWord]) -> [Bool] {
        var found = Array(repeating: false, count: groupCount)
        for i in words.indices {
            let word = words[i].text
            for stem in stemsByFirstWord where !found[stem.group] && word.hasPrefix(stem.words[0]) { found[stem.group] = true }
            guard let candidates = byFirstWord[word] else { continue }
            for phrase in candidates where !found[phrase.group] && matches(phrase, words, at: i) { found[phrase.group] = true }
        }
        return found
    }

    /// The first cue (in text order) found in `words`, with the index of its first word.
    /// - Parameters:
    ///   - words: Folded words of the text.
    func firstMatch(in words: [FoldedWord]) -> (cue: String, wordIndex: Int)? {
        for i in words.indices {
            let word = words[i].text
            for stem in stemsByFirstWord where word.hasPrefix(stem.words[0]) { return (stem.source, i) }
            guard let candidates = byFirstWord[word] else { continue }
            for phrase in candidates where matches(phrase, words, at: i) { return (phrase.source, i) }
        }
        return nil
    }

    /// Whether any cue occurs in `words`.
    /// - Parameters:
    ///   - words: Folded words of the text.
    func occurs(in words: [FoldedWord]) -> Bool { firstMatch(in: words) != nil }

    private func matches(_ phrase: Phrase, _ words: [FoldedWord], at i: Int) -> Bool {
        guard i + phrase.words.count <= words.count else { return false }
        for k in 1..<phrase.words.count {
            let word = words[i + k].text
            let isLast = k == phrase.words.count - 1
            if isLast && phrase.lastIsStem {
                if !word.hasPrefix(phrase.words[k]) { return false }
            } else if word != phrase.words[k] {
                return false
            }
        }
        return true
    }
}
