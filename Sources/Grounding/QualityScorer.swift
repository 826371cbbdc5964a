import ProxyCore

/// Scores one answer from 0 to 1 from named components, each 0…1 with a weight.
///
/// The final score is multiplicative: `score = Π (1 − wᵢ · (1 − vᵢ))` over the components, where
/// `vᵢ` is the component's value and `wᵢ` its weight. A weight is the most that component can
/// take off the score on its own: with the default weights a `MAX_TOKENS` finish (value 0.2,
/// weight 0.8) leaves 0.36, an empty answer (0, 0.9) leaves 0.1, an apology (0.6, 0.6) leaves 0.76.
/// Several problems compound; a clean answer scores exactly 1.
///
/// A refusal of a request flagged as a prompt-injection attempt is the right answer: the refusal,
/// length, language and product-intent components then score 1, and a safety stop or blocked
/// prompt scores 1 as a finish reason.
package struct QualityScorer: Sendable {
    package let configuration: QualityConfiguration
    /// The languages of the refusal lists, then of the apology lists, in the order ``cues``
    /// numbers its groups (refusals first; languages sorted).
    let refusalLanguages: [String]
    let apologyLanguages: [String]
    /// Every refusal and apology list in one index, one group per list.
    let cues: PhraseList
    let languages: LanguageDetector

    /// A scorer.
    /// - Parameters:
    ///   - configuration: Weights, thresholds and phrase lists.
    package init(configuration: QualityConfiguration = .default) {
        self.configuration = configuration
        let refusals = configuration.refusal.refusals.sorted { $0.key < $1.key }
        let apologies = configuration.refusal.apologies.sorted { $0.key < $1.key }
        refusalLanguages = refusals.map(\.key)
        apologyLanguages = apologies.map(\.key)
        cues = PhraseList(groups: refusals.map(\.value) + apologies.map(\.value))
        self.languages = LanguageDetector(settings: configuration.language)
    }

    /// Scores `input` against a length baseline.
    /// - Parameters:
    ///   - input: The answer and what is known about the call.
    ///   - baseline: The rolling baseline; its stats for `endpoint` are used.
    ///   - endpoint: The bounded endpoint name the baseline is keyed by.
    package func score(_ input: QualityInput, baseline: LengthBaseline, endpoint: String) -> QualityReport {
        score(input, baseline: baseline.stats(for: endpoint))
    }

    /// Scores `input`.
    /// - Parameters:
    ///   - input: The answer and what is known about the call.
    ///   - baseline: The endpoint's length baseline, or nil if there is none yet.
    package func score(_ input: QualityInput, baseline: LengthBaseline.Stats? = nil) -> QualityReport {
        let answerWords = TextFolding.words(in: input.answer, limit: configuration.repetition.maxWords)
        let refusal = findRefusal(in: input.answer)
        let length = input.answer.trimmingWhitespace().unicodeScalars.count
        let questionLanguage = input.question.flatMap { languages.detect(TextFolding.words(in: $0)) }
        let answerLanguage = languages.detect(answerWords)
        let excused = input.promptWasInjection && (refusal != nil || isSafetyStop(input))

        var values: [QualityComponent: (Double, String)] = [:]
        values[.finishReason] = finishReason(input)
        values[.refusal] = refusalValue(refusal, injection: input.promptWasInjection)
        values[.length] = excused ? (1, "injection_refusal") : lengthValue(length, baseline: baseline)
        values[.repetition] = repetitionValue(answerWords, text: input.answer)
        values[.languageMatch] = excused ? (1, "injection_refusal") : languageValue(question: input.question, questionLanguage, answerLanguage)
        values[.grounding] = groundingValue(input.grounding)
        values[.productIntent] = productIntentValue(input.grounding, injection: input.promptWasInjection)

        var score = 1.0
        var components: [ComponentScore] = []
        for component in QualityComponent.allCases {
            let (value, reason) = values[component] ?? (1, "none")
            let weight = min(max(configuration.weights[component] ?? 0, 0), 1)
            let clamped = min(max(value, 0), 1)
            score *= 1 - weight * (1 - clamped)
            components.append(ComponentScore(component: component, value: clamped, weight: weight, reason: reason))
        }
        let eligible = length > 0 && refusal == nil && input.blockReason == nil
            && values[.finishReason]?.0 == 1 && values[.repetition]?.0 == 1
        return QualityReport(
            score: min(max(score, 0), 1), components: components, answerLength: length, baselineEligible: eligible,
            questionLanguage: questionLanguage, answerLanguage: answerLanguage
        )
    }

    /// Whether the call ended in a way that is the right outcome for an injection attempt.
    private func isSafetyStop(_ input: QualityInput) -> Bool {
        if let block = input.blockReason, !block.isEmpty { return true }
        return input.finishReasons.contains { configuration.finishReason.excusedForInjection.contains($0) }
    }
}
