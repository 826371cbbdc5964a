package import Grounding

/// The `quality` section decodes straight into the Grounding module's ``QualityConfiguration``:
/// every default lives on that type, and a missing or bad key keeps it (see docs/grounding.md).
extension QualityConfiguration: ConfigSection {
    init(reading reader: ConfigReader) {
        self.init()
        weights = reader.section("weights", as: QualityWeights.self).values
        finishReason = reader.section("finish_reason")
        refusal = reader.section("refusal")
        length = reader.section("length")
        repetition = reader.section("repetition")
        language = reader.section("language")
        grounding = reader.section("grounding")
        productIntent = reader.section("product_intent")
    }
}

/// The `weights` mapping: one score per component, keyed by the component's name.
private struct QualityWeights: ConfigSection {
    var values: [QualityComponent: Double] = [:]

    init(reading reader: ConfigReader) {
        let defaults = QualityConfiguration.default.weights
        for component in QualityComponent.allCases {
            values[component] = reader.score(component.rawValue, default: defaults[component] ?? 0)
        }
    }
}

extension QualityConfiguration.FinishReasonSettings: ConfigSection {
    /// The finish reasons that `safety_score` sets.
    static let safetyReasons = ["SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "IMAGE_SAFETY"]

    init(reading reader: ConfigReader) {
        self.init()
        scores["MAX_TOKENS"] = reader.score("max_tokens_score", default: scores["MAX_TOKENS"] ?? 0)
        let safety = reader.score("safety_score", default: scores["SAFETY"] ?? 0)
        for reason in Self.safetyReasons { scores[reason] = safety }
        unknownScore = reader.score("unknown_score", default: unknownScore)
    }
}

extension QualityConfiguration.RefusalSettings: ConfigSection {
    init(reading reader: ConfigReader) {
        self.init()
        refusalScore = reader.score("refusal_score", default: refusalScore)
        apologyScore = reader.score("apology_score", default: apologyScore)
        scanScalars = reader.int("scan_chars", default: scanScalars, in: 20...100_000)
        let extra = reader.strings("extra_phrases", default: [])
        if !extra.isEmpty { refusals["custom"] = extra }
    }
}

extension QualityConfiguration.LengthSettings: ConfigSection {
    init(reading reader: ConfigReader) {
        self.init()
        minSamples = reader.int("min_samples", default: minSamples, in: 1...1_000_000)
        minSigma = reader.double("min_sigma", default: minSigma, in: 0.01...10)
        shortZ = reader.double("short_z", default: shortZ, in: 0.1...20)
        longZ = reader.double("long_z", default: longZ, in: 0.1...20)
        floor = reader.score("floor", default: floor)
    }
}

extension QualityConfiguration.RepetitionSettings: ConfigSection {
    init(reading reader: ConfigReader) {
        self.init()
        let d = Self()
        ngramWords = reader.int("ngram_words", default: ngramWords, in: 2...100)
        minRepeats = reader.int("min_repeats", default: minRepeats, in: 2...1000)
        severeRepeats = reader.int("severe_repeats", default: severeRepeats, in: 2...1000)
        loopScore = reader.score("loop_score", default: loopScore)
        minLineScalars = reader.int("min_line_chars", default: minLineScalars, in: 1...10_000)
        if severeRepeats < minRepeats {
            reader.log.record(
                keyPath: reader.keyPath("severe_repeats"), line: reader.line(of: "severe_repeats"),
                "severe_repeats (\(severeRepeats)) must be at least min_repeats (\(minRepeats))"
            )
            severeRepeats = max(minRepeats, d.severeRepeats)
        }
    }
}

extension QualityConfiguration.LanguageSettings: ConfigSection {
    init(reading reader: ConfigReader) {
        self.init()
        minHits = reader.int("min_hits", default: minHits, in: 1...100)
        margin = reader.double("margin", default: margin, in: 1...100)
        mismatchScore = reader.score("mismatch_score", default: mismatchScore)
    }
}

extension QualityConfiguration.GroundingPenalties: ConfigSection {
    init(reading reader: ConfigReader) {
        self.init()
        invalidID = reader.score("invalid_id", default: invalidID)
        nameMismatch = reader.score("name_mismatch", default: nameMismatch)
        priceMismatch = reader.score("price_mismatch", default: priceMismatch)
    }
}

extension QualityConfiguration.ProductIntentSettings: ConfigSection {
    init(reading reader: ConfigReader) {
        self.init()
        noProductsScore = reader.score("no_products_score", default: noProductsScore)
    }
}
