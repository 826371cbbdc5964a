import Grounding
import ProxyConfig

/// Turns the `catalog` and `quality` sections into the Grounding module's settings.
enum ResponseCheckSettings {
    static func grounding(_ c: CatalogConfiguration) -> GroundingConfiguration {
        GroundingConfiguration {
            $0.priceRelativeTolerance = c.priceTolerancePercent / 100
            $0.priceAbsoluteToleranceMicros = Int64((c.priceToleranceUSD * 1_000_000).rounded())
            $0.windowScalars = c.contextChars
            $0.checkNames = c.checkNames
            $0.checkPrices = c.checkPrices
            $0.answerIntentCues = RecommendationCues.answer + c.recommendationCues
            $0.questionIntentCues = RecommendationCues.question + c.questionCues
            $0.maxSamples = c.maxSamples
            $0.maskBareSamples = c.maskBareSamples
            $0.extraction.bare = c.bareIDs
            $0.extraction.bareNeedsDigitAndLetter = c.bareIDsNeedDigitAndLetter
            $0.extraction.brackets = c.brackets.compactMap { pair in
                let parts = pair.split(separator: " ")
                return parts.count == 2 ? .init(open: String(parts[0]), close: String(parts[1])) : nil
            }
            var characters: IDShape.Characters = []
            if c.idPattern.uppercase { characters.insert(.uppercase) }
            if c.idPattern.lowercase { characters.insert(.lowercase) }
            if c.idPattern.digits { characters.insert(.digits) }
            $0.extraction.shape = IDShape(lengths: c.idPattern.lengths, characters: characters)
        }
    }

    static func quality(_ q: QualitySettings) -> QualityConfiguration {
        QualityConfiguration {
            var weights: [QualityComponent: Double] = [:]
            for component in QualityComponent.allCases { weights[component] = q.weights[component.rawValue] ?? 0 }
            $0.weights = weights
            $0.finishReason.scores["MAX_TOKENS"] = q.finishReason.maxTokensScore
            for reason in ["SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY"] {
                $0.finishReason.scores[reason] = q.finishReason.safetyScore
            }
            $0.finishReason.unknownScore = q.finishReason.unknownScore
            $0.refusal.refusalScore = q.refusal.refusalScore
            $0.refusal.apologyScore = q.refusal.apologyScore
            $0.refusal.scanScalars = q.refusal.scanChars
            if !q.refusal.extraPhrases.isEmpty { $0.refusal.refusals["custom"] = q.refusal.extraPhrases }
            $0.length.minSamples = q.length.minSamples
            $0.length.minSigma = q.length.minSigma
            $0.length.shortZ = q.length.shortZ
            $0.length.longZ = q.length.longZ
            $0.length.floor = q.length.floor
            $0.repetition.ngramWords = q.repetition.ngramWords
            $0.repetition.minRepeats = q.repetition.minRepeats
            $0.repetition.severeRepeats = q.repetition.severeRepeats
            $0.repetition.loopScore = q.repetition.loopScore
            $0.repetition.minLineScalars = q.repetition.minLineChars
            $0.language.minHits = q.language.minHits
            $0.language.margin = q.language.margin
            $0.language.mismatchScore = q.language.mismatchScore
            $0.grounding.invalidID = q.grounding.invalidID
            $0.grounding.nameMismatch = q.grounding.nameMismatch
            $0.grounding.priceMismatch = q.grounding.priceMismatch
            $0.productIntent.noProductsScore = q.productIntent.noProductsScore
        }
    }
}
