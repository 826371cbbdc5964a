/// The answer quality score's weights and thresholds (see docs/grounding.md for the formula).
/// YAML section `quality`; every key has the default shown in config/outrigger.yaml.
package struct QualitySettings: Sendable, Equatable {
    /// The most each component can take off the score, 0…1 (0 ignores it). YAML `weights`.
    package var weights: [String: Double] = Self.defaultWeights
    /// YAML `finish_reason`.
    package var finishReason = FinishReason()
    /// YAML `refusal`.
    package var refusal = Refusal()
    /// YAML `length`.
    package var length = Length()
    /// YAML `repetition`.
    package var repetition = Repetition()
    /// YAML `language`.
    package var language = Language()
    /// YAML `grounding`: the penalty of each kind of grounding failure.
    package var grounding = Grounding()
    /// YAML `product_intent`.
    package var productIntent = ProductIntent()

    package static let componentNames = ["finish_reason", "refusal", "length", "repetition", "language_match", "grounding", "product_intent"]
    package static let defaultWeights: [String: Double] = [
        "finish_reason": 0.8, "refusal": 0.6, "length": 0.9, "repetition": 0.7, "language_match": 0.5, "grounding": 0.8,
        "product_intent": 0.4,
    ]

    package struct FinishReason: Sendable, Equatable {
        /// MAX_TOKENS (a truncated answer). YAML `max_tokens_score`, default 0.2.
        package var maxTokensScore = 0.2
        /// SAFETY, RECITATION, BLOCKLIST, PROHIBITED_CONTENT, SPII, IMAGE_SAFETY. YAML `safety_score`, default 0.1.
        package var safetyScore = 0.1
        /// A reason Outrigger does not know. YAML `unknown_score`, default 0.5.
        package var unknownScore = 0.5
    }

    package struct Refusal: Sendable, Equatable {
        /// YAML `refusal_score`, default 0.2.
        package var refusalScore = 0.2
        /// An apology without a refusal. YAML `apology_score`, default 0.6.
        package var apologyScore = 0.6
        /// How much of the answer's start is searched. YAML `scan_chars`, default 400.
        package var scanChars = 400
        /// Refusal phrases added to the built-in ones (en, de, fr, es, it, pt). YAML `extra_phrases`.
        package var extraPhrases: [String] = []
    }

    package struct Length: Sendable, Equatable {
        /// Answers per endpoint before the rolling baseline is used. YAML `min_samples`, default 20.
        package var minSamples = 20
        /// Floor of the baseline's spread, in ln(1 + length). YAML `min_sigma`, default 0.35.
        package var minSigma = 0.35
        /// Standard deviations below the baseline that make an answer too short. YAML `short_z`, default 2.5.
        package var shortZ = 2.5
        /// Standard deviations above the baseline that make an answer runaway. YAML `long_z`, default 3.
        package var longZ = 3.0
        /// Lowest value of a non-empty answer. YAML `floor`, default 0.2.
        package var floor = 0.2
    }

    package struct Repetition: Sendable, Equatable {
        /// Words in a repeated sequence. YAML `ngram_words`, default 8.
        package var ngramWords = 8
        /// Occurrences that make a loop. YAML `min_repeats`, default 3.
        package var minRepeats = 3
        /// Occurrences at which the value reaches 0. YAML `severe_repeats`, default 6.
        package var severeRepeats = 6
        /// Value at `min_repeats`. YAML `loop_score`, default 0.3.
        package var loopScore = 0.3
        /// Shorter lines are not compared. YAML `min_line_chars`, default 20.
        package var minLineChars = 20
    }

    package struct Language: Sendable, Equatable {
        /// Stopword hits needed to name a language. YAML `min_hits`, default 2.
        package var minHits = 2
        /// The best language needs this many times the runner-up's hits. YAML `margin`, default 1.5.
        package var margin = 1.5
        /// Value of an answer in another language than the question. YAML `mismatch_score`, default 0.2.
        package var mismatchScore = 0.2
    }

    package struct Grounding: Sendable, Equatable {
        /// YAML `invalid_id`, default 1.
        package var invalidID = 1.0
        /// YAML `name_mismatch`, default 0.7.
        package var nameMismatch = 0.7
        /// YAML `price_mismatch`, default 0.5.
        package var priceMismatch = 0.5
    }

    package struct ProductIntent: Sendable, Equatable {
        /// Value of a recommendation without a valid product. YAML `no_products_score`, default 0.3.
        package var noProductsScore = 0.3
    }

    package init() {}

    package static let `default` = QualitySettings()
}

extension QualitySettings: ConfigSection {
    init(reading reader: ConfigReader) {
        weights = reader.section("weights", as: Weights.self).values
        finishReason = reader.section("finish_reason")
        refusal = reader.section("refusal")
        length = reader.section("length")
        repetition = reader.section("repetition")
        language = reader.section("language")
        grounding = reader.section("grounding")
        productIntent = reader.section("product_intent")
    }

    /// The `weights` mapping: one score per component name.
    struct Weights: ConfigSection {
        var values: [String: Double] = [:]
        init(reading reader: ConfigReader) {
            for name in QualitySettings.componentNames {
                values[name] = reader.score(name, default: QualitySettings.defaultWeights[name] ?? 0)
            }
        }
    }
}

extension QualitySettings.FinishReason: ConfigSection {
    init(reading reader: ConfigReader) {
        let d = Self()
        maxTokensScore = reader.score("max_tokens_score", default: d.maxTokensScore)
        safetyScore = reader.score("safety_score", default: d.safetyScore)
        unknownScore = reader.score("unknown_score", default: d.unknownScore)
    }
}

extension QualitySettings.Refusal: ConfigSection {
    init(reading reader: ConfigReader) {
        let d = Self()
        refusalScore = reader.score("refusal_score", default: d.refusalScore)
        apologyScore = reader.score("apology_score", default: d.apologyScore)
        scanChars = reader.int("scan_chars", default: d.scanChars, in: 20...100_000)
        extraPhrases = reader.strings("extra_phrases", default: d.extraPhrases)
    }
}

extension QualitySettings.Length: ConfigSection {
    init(reading reader: ConfigReader) {
        let d = Self()
        minSamples = reader.int("min_samples", default: d.minSamples, in: 1...1_000_000)
        minSigma = reader.double("min_sigma", default: d.minSigma, in: 0.01...10)
        shortZ = reader.double("short_z", default: d.shortZ, in: 0.1...20)
        longZ = reader.double("long_z", default: d.longZ, in: 0.1...20)
        floor = reader.score("floor", default: d.floor)
    }
}

extension QualitySettings.Repetition: ConfigSection {
    init(reading reader: ConfigReader) {
        let d = Self()
        ngramWords = reader.int("ngram_words", default: d.ngramWords, in: 2...100)
        minRepeats = reader.int("min_repeats", default: d.minRepeats, in: 2...1000)
        severeRepeats = reader.int("severe_repeats", default: d.severeRepeats, in: 2...1000)
        loopScore = reader.score("loop_score", default: d.loopScore)
        minLineChars = reader.int("min_line_chars", default: d.minLineChars, in: 1...10_000)
        if severeRepeats < minRepeats {
            reader.log.record(
                keyPath: reader.keyPath("severe_repeats"), line: reader.line(of: "severe_repeats"),
                "severe_repeats (\(severeRepeats)) must be at least min_repeats (\(minRepeats))"
            )
            severeRepeats = max(minRepeats, d.severeRepeats)
        }
    }
}

extension QualitySettings.Language: ConfigSection {
    init(reading reader: ConfigReader) {
        let d = Self()
        minHits = reader.int("min_hits", default: d.minHits, in: 1...100)
        margin = reader.double("margin", default: d.margin, in: 1...100)
        mismatchScore = reader.score("mismatch_score", default: d.mismatchScore)
    }
}

extension QualitySettings.Grounding: ConfigSection {
    init(reading reader: ConfigReader) {
        let d = Self()
        invalidID = reader.score("invalid_id", default: d.invalidID)
        nameMismatch = reader.score("name_mismatch", default: d.nameMismatch)
        priceMismatch = reader.score("price_mismatch", default: d.priceMismatch)
    }
}

extension QualitySettings.ProductIntent: ConfigSection {
    init(reading reader: ConfigReader) {
        noProductsScore = reader.score("no_products_score", default: Self().noProductsScore)
    }
}
