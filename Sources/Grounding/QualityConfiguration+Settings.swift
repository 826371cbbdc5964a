extension QualityConfiguration {
    /// `finish_reason`: a value per Gemini finish reason; the worst of a stream's reasons counts.
    package struct FinishReasonSettings: Sendable, Hashable {
        /// Values by finish reason name. Default: STOP 1, MAX_TOKENS 0.2, SAFETY/RECITATION/BLOCKLIST/
        /// PROHIBITED_CONTENT/SPII/IMAGE_SAFETY 0.1, MALFORMED_FUNCTION_CALL/UNEXPECTED_TOOL_CALL 0.2,
        /// LANGUAGE/OTHER 0.5, FINISH_REASON_UNSPECIFIED 0.8.
        package var scores: [String: Double] = [
            "STOP": 1, "MAX_TOKENS": 0.2, "SAFETY": 0.1, "RECITATION": 0.1, "BLOCKLIST": 0.1,
            "PROHIBITED_CONTENT": 0.1, "SPII": 0.1, "IMAGE_SAFETY": 0.1, "MALFORMED_FUNCTION_CALL": 0.2,
            "UNEXPECTED_TOOL_CALL": 0.2, "LANGUAGE": 0.5, "OTHER": 0.5, "FINISH_REASON_UNSPECIFIED": 0.8,
        ]
        /// Value of a reason not in `scores`. Default: 0.5.
        package var unknownScore: Double = 0.5
        /// Value when no finish reason was seen (errors are counted elsewhere). Default: 1.
        package var missingScore: Double = 1
        /// Value when the prompt was blocked (`promptFeedback.blockReason`). Default: 0.
        package var blockedPromptScore: Double = 0
        /// Reasons that are the correct outcome of a flagged injection attempt and then score 1, as does
        /// a blocked prompt. Default: SAFETY, BLOCKLIST, PROHIBITED_CONTENT, SPII.
        package var excusedForInjection: Set<String> = ["SAFETY", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII"]
        package init() {}
    }

    /// `refusal`: refusal and apology phrases near the start of the answer.
    package struct RefusalSettings: Sendable, Hashable {
        /// Refusal phrases by language. Default: `RefusalPhrases.refusals`.
        package var refusals: [String: [String]] = RefusalPhrases.refusals
        /// Apology phrases by language. Default: `RefusalPhrases.apologies`.
        package var apologies: [String: [String]] = RefusalPhrases.apologies
        /// Value of a refusal. Default: 0.2.
        package var refusalScore: Double = 0.2
        /// Value of an apology without a refusal. Default: 0.6.
        package var apologyScore: Double = 0.6
        /// Value of a refusal or apology when the prompt was flagged as an injection. Default: 1.
        package var injectionRefusalScore: Double = 1
        /// How much of the answer's start is searched, in Unicode scalars. Default: 400.
        package var scanScalars: Int = 400
        package init() {}
    }

    /// `length`: distance from the endpoint's baseline in standard deviations of `ln(1 + length)`.
    package struct LengthSettings: Sendable, Hashable {
        /// Value of an empty (or blank) answer. Default: 0.
        package var emptyScore: Double = 0
        /// Samples needed before the baseline is used; before that only empty is penalised. Default: 20.
        package var minSamples: Int = 20
        /// Floor for the baseline's standard deviation, so a very regular endpoint is not over-strict.
        /// Default: 0.35 (about ×1.4 in length).
        package var minSigma: Double = 0.35
        /// Below `−shortZ` an answer is too short. Default: 2.5.
        package var shortZ: Double = 2.5
        /// Above `longZ` an answer is runaway. Default: 3.0.
        package var longZ: Double = 3.0
        /// The value falls linearly to `floor` over this many further standard deviations. Default: 1.5.
        package var band: Double = 1.5
        /// Lowest value for a non-empty answer. Default: 0.2.
        package var floor: Double = 0.2
        package init() {}
    }

    /// `repetition`: the same word sequence or line again and again.
    package struct RepetitionSettings: Sendable, Hashable {
        /// Words in a repeated sequence. Default: 8.
        package var ngramWords: Int = 8
        /// Occurrences of one sequence or line that make a loop. Default: 3.
        package var minRepeats: Int = 3
        /// Occurrences at which the value reaches 0. Default: 6.
        package var severeRepeats: Int = 6
        /// Value at `minRepeats`. Default: 0.3.
        package var loopScore: Double = 0.3
        /// Lines shorter than this (Unicode scalars, trimmed) are not compared. Default: 20.
        package var minLineScalars: Int = 20
        /// Words examined. Default: 20,000.
        package var maxWords: Int = 20_000
        package init() {}
    }

    /// `language_match`: stopword counts decide the language of question and answer.
    package struct LanguageSettings: Sendable, Hashable {
        /// Stopword hits needed to name a language. Default: 2.
        package var minHits: Int = 2
        /// The best language needs this many times the hits of the runner-up. Default: 1.5.
        package var margin: Double = 1.5
        /// Value of a mismatch. Default: 0.2.
        package var mismatchScore: Double = 0.2
        /// Stopwords by ISO 639-1 code. Default: `LanguageStopwords.lists` (en, de, fr, es, it, pt).
        package var stopwords: [String: [String]] = LanguageStopwords.lists
        package init() {}
    }

    /// `grounding`: each mention's penalty is its worst verdict's; value = 1 − mean penalty.
    package struct GroundingPenalties: Sendable, Hashable {
        /// Default: 1.
        package var invalidID: Double = 1
        /// Default: 0.7.
        package var nameMismatch: Double = 0.7
        /// Default: 0.5.
        package var priceMismatch: Double = 0.5
        package init() {}
    }

    /// `product_intent`: recommendation intent without a valid product.
    package struct ProductIntentSettings: Sendable, Hashable {
        /// Value when intent has no product. Default: 0.3.
        package var noProductsScore: Double = 0.3
        package init() {}
    }
}
