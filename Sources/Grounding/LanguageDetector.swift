/// Guesses the language of a text from stopword counts; says nothing when the evidence is thin.
struct LanguageDetector: Sendable {
    private let languageByWord: [String: [String]]
    private let minHits: Int
    private let margin: Double

    /// A detector.
    /// - Parameters:
    ///   - settings: Stopword lists and decision thresholds.
    init(settings: QualityConfiguration.LanguageSettings) {
        var byWord: [String: [String]] = [:]
        for (language, words) in settings.stopwords {
            for word in words {
                let folded = TextFolding.fold(word)
                guard !folded.isEmpty, byWord[folded]?.contains(language) != true else { continue }
                byWord[folded, default: []].append(language)
            }
        }
        languageByWord = byWord
        minHits = settings.minHits
        margin = settings.margin
    }

    /// The language code with the most stopword hits, if it has at least `minHits` and beats the
    /// runner-up by `margin`; otherwise nil.
    /// - Parameters:
    ///   - words: Folded words of the text.
    func detect(_ words: [FoldedWord]) -> String? {
        var hits: [String: Int] = [:]
        for word in words {
            guard let languages = languageByWord[word.text] else { continue }
            for language in languages { hits[language, default: 0] += 1 }
        }
        let ranked = hits.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first, best.value >= minHits else { return nil }
        let runnerUp = ranked.count > 1 ? ranked[1].value : 0
        return Double(best.value) >= margin * Double(runnerUp) && best.value > runnerUp ? best.key : nil
    }
}
