/// Guesses the language of a text from stopword counts; says nothing when the evidence is thin.
struct LanguageDetector: Sendable {
    /// Language codes, sorted: a language is its index here.
    private let languages: [String]
    private let languagesByWord: [String: [Int]]
    private let minHits: Int
    private let margin: Double

    /// A detector.
    /// - Parameters:
    ///   - settings: Stopword lists and decision thresholds.
    init(settings: QualityConfiguration.LanguageSettings) {
        let languages = settings.stopwords.keys.sorted()
        var byWord: [String: [Int]] = [:]
        for (index, language) in languages.enumerated() {
            for word in settings.stopwords[language] ?? [] {
                let folded = TextFolding.fold(word)
                guard !folded.isEmpty, byWord[folded]?.contains(index) != true else { continue }
                byWord[folded, default: []].append(index)
            }
        }
        self.languages = languages
        languagesByWord = byWord
        minHits = settings.minHits
        margin = settings.margin
    }

    /// The language code with the most stopword hits, if it has at least `minHits` and beats the
    /// runner-up by `margin`; otherwise nil. Ties go to the code that sorts first.
    /// - Parameters:
    ///   - words: Folded words of the text.
    func detect(_ words: [FoldedWord]) -> String? {
        var hits = Array(repeating: 0, count: languages.count)
        for word in words {
            guard let indices = languagesByWord[word.text] else { continue }
            for index in indices { hits[index] += 1 }
        }
        // Best and runner-up in one pass; indices run in code order, so a tie keeps the first.
        var best = -1
        var runnerUp = 0
        for index in hits.indices where hits[index] > 0 {
            if best < 0 || hits[index] > hits[best] {
                if best >= 0 { runnerUp = hits[best] }
                best = index
            } else {
                runnerUp = max(runnerUp, hits[index])
            }
        }
        guard best >= 0, hits[best] >= minHits else { return nil }
        return Double(hits[best]) >= margin * Double(runnerUp) && hits[best] > runnerUp ? languages[best] : nil
    }
}
