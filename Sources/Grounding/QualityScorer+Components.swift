import RealModule
import ProxyCore
extension QualityScorer {
    /// A refusal or apology in the start of the answer.
    struct Refusal {
        var isHard: Bool
        var language: String
    }

    func findRefusal(in answer: String) -> Refusal? {
        let head = String(answer.unicodeScalars.prefix(configuration.refusal.scanScalars))
        let words = TextFolding.words(in: head)
        // One pass over the words for every list; a refusal in any language wins over an
        // apology, and the first language (sorted) over the others, as list by list would.
        let found = cues.groupsOccurring(in: words)
        if let i = refusalLanguages.indices.first(where: { found[$0] }) { return Refusal(isHard: true, language: refusalLanguages[i]) }
        let offset = refusalLanguages.count
        if let i = apologyLanguages.indices.first(where: { found[offset + $0] }) {
            return Refusal(isHard: false, language: apologyLanguages[i])
        }
        return nil
    }

    func finishReason(_ input: QualityInput) -> (Double, String) {
        let settings = configuration.finishReason
        if let block = input.blockReason, !block.isEmpty {
            return input.promptWasInjection ? (1, "blocked_injection") : (settings.blockedPromptScore, "blocked_prompt")
        }
        let reasons = input.finishReasons.filter { !$0.isEmpty }
        guard !reasons.isEmpty else { return (settings.missingScore, "none") }
        var worst: (Double, String)? = nil
        for reason in reasons {
            let known = settings.scores[reason]
            var value = known ?? settings.unknownScore
            if input.promptWasInjection, settings.excusedForInjection.contains(reason) { value = 1 }
            let label = known == nil ? "unknown" : Self.label(reason)
            if worst == nil || value < worst!.0 { worst = (value, label) }
        }
        return worst!
    }

    func refusalValue(_ refusal: Refusal?, injection: Bool) -> (Double, String) {
        guard let refusal else { return (1, "none") }
        if injection { return (configuration.refusal.injectionRefusalScore, "injection_refused") }
        return refusal.isHard
            ? (configuration.refusal.refusalScore, "refusal_" + refusal.language)
            : (configuration.refusal.apologyScore, "apology_" + refusal.language)
    }

    func lengthValue(_ length: Int, baseline: LengthBaseline.Stats?) -> (Double, String) {
        let settings = configuration.length
        guard length > 0 else { return (settings.emptyScore, "empty") }
        guard let baseline, baseline.count >= settings.minSamples else { return (1, "no_baseline") }
        let sigma = max(baseline.standardDeviation, settings.minSigma)
        let z = (Double.log(1 + Double(length)) - baseline.mean) / sigma
        let band = max(settings.band, 1e-9)
        if z < -settings.shortZ {
            let fall = min(1, (-z - settings.shortZ) / band)
            return (1 - (1 - settings.floor) * fall, "too_short")
        }
        if z > settings.longZ {
            let fall = min(1, (z - settings.longZ) / band)
            return (1 - (1 - settings.floor) * fall, "runaway")
        }
        return (1, "typical")
    }

    func repetitionValue(_ words: [FoldedWord], text: String) -> (Double, String) {
        let settings = configuration.repetition
        let sequences = RepetitionDetector.worstSequenceRepeat(words, n: settings.ngramWords)
        let lines = RepetitionDetector.worstLineRepeat(text, minScalars: settings.minLineScalars)
        let worst = max(sequences, lines)
        guard worst >= settings.minRepeats else { return (1, "none") }
        let span = Double(max(settings.severeRepeats - settings.minRepeats, 1))
        let value = settings.loopScore * (1 - min(1, Double(worst - settings.minRepeats) / span))
        return (value, sequences >= lines ? "loop_words" : "loop_lines")
    }

    func languageValue(question: String?, _ questionLanguage: String?, _ answerLanguage: String?) -> (Double, String) {
        guard question != nil else { return (1, "no_question") }
        guard let questionLanguage, let answerLanguage else { return (1, "undetermined") }
        guard questionLanguage != answerLanguage else { return (1, "match") }
        return (configuration.language.mismatchScore, Self.label(answerLanguage) + "_vs_" + Self.label(questionLanguage))
    }

    func groundingValue(_ report: GroundingReport?) -> (Double, String) {
        guard let report else { return (1, "not_checked") }
        guard !report.mentions.isEmpty else { return (1, "no_mentions") }
        let penalties = configuration.grounding
        var total = 0.0
        for item in report.mentions {
            var worst = 0.0
            for verdict in item.verdicts {
                switch verdict {
                case .valid: break
                case .invalidID: worst = max(worst, penalties.invalidID)
                case .nameMismatch: worst = max(worst, penalties.nameMismatch)
                case .priceMismatch: worst = max(worst, penalties.priceMismatch)
                }
            }
            total += min(max(worst, 0), 1)
        }
        let reason =
            report.counts.invalidIDs > 0 ? "invalid_id"
            : report.counts.nameMismatches > 0 ? "name_mismatch"
            : report.counts.priceMismatches > 0 ? "price_mismatch" : "clean"
        return (1 - total / Double(report.mentions.count), reason)
    }

    func productIntentValue(_ report: GroundingReport?, injection: Bool) -> (Double, String) {
        guard let report else { return (1, "not_checked") }
        guard report.recommendationIntent else { return (1, "no_intent") }
        if injection { return (1, "injection") }
        return report.noProducts ? (configuration.productIntent.noProductsScore, "intent_without_products") : (1, "intent_with_products")
    }

    /// `text` lower-cased and cut to `[a-z0-9_]`, at most 32 bytes: safe as a tag value.
    static func label(_ text: String) -> String {
        var out = ""
        for b in text.utf8.prefix(32) {
            if UTF8Bytes.isAlnum(b) { out.unicodeScalars.append(Unicode.Scalar(UTF8Bytes.isUpper(b) ? b | 0x20 : b)) } else { out += "_" }
        }
        return out.isEmpty ? "unknown" : out
    }
}
