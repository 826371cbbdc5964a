import Grounding

/// The answer-checking keys of the `catalog` section decode straight into the Grounding module's
/// ``GroundingConfiguration``; every default lives on that type.
extension GroundingConfiguration {
    init(reading reader: ConfigReader) {
        self.init()
        let percent = reader.parsed("price_tolerance_percent", default: priceRelativeTolerance * 100, expected: "a percentage") {
            (text) throws(ConfigValueError) in
            guard let value = Double(text), (0...100).contains(value) else {
                throw .outOfRange("must be a number between 0 and 100, got '\(text)'")
            }
            return value
        }
        priceRelativeTolerance = percent / 100
        let usd = reader.double("price_tolerance_usd", default: Double(priceAbsoluteToleranceMicros) / 1_000_000, in: 0...1_000_000)
        priceAbsoluteToleranceMicros = Int64((usd * 1_000_000).rounded())
        extraction = Self.extraction(reading: reader, defaults: extraction)
        windowScalars = reader.int("context_chars", default: windowScalars, in: 8...2000)
        checkNames = reader.bool("check_names", default: checkNames)
        checkPrices = reader.bool("check_prices", default: checkPrices)
        answerIntentCues += reader.strings("recommendation_cues", default: [])
        questionIntentCues += reader.strings("question_cues", default: [])
        maxSamples = reader.int("max_samples", default: maxSamples, in: 0...20)
        maskBareSamples = reader.bool("mask_bare_samples", default: maskBareSamples)
    }

    /// `bare_ids`, `bare_ids_need_digit_and_letter`, `id_pattern` and `brackets` (each pair written
    /// `open close`).
    private static func extraction(reading reader: ConfigReader, defaults d: ExtractionConfiguration) -> ExtractionConfiguration {
        var extraction = d
        extraction.bare = reader.bool("bare_ids", default: d.bare)
        extraction.bareNeedsDigitAndLetter = reader.bool("bare_ids_need_digit_and_letter", default: d.bareNeedsDigitAndLetter)
        extraction.shape = reader.parsed("id_pattern", default: d.shape, expected: "an ID pattern like '[A-Z0-9]{10}'") {
            (text) throws(ConfigValueError) in try IDShape(parsing: text)
        }
        let pairs = reader.strings("brackets", default: d.brackets.map { $0.open + " " + $0.close })
        if let bad = pairs.first(where: { $0.split(separator: " ").count != 2 }) {
            reader.log.record(
                keyPath: reader.keyPath("brackets"), line: reader.line(of: "brackets"),
                "invalid bracket pair '\(bad)': write the opening and closing text separated by one space, e.g. \"[ ]\""
            )
        } else {
            extraction.brackets = pairs.map {
                let parts = $0.split(separator: " ")
                return .init(open: String(parts[0]), close: String(parts[1]))
            }
        }
        return extraction
    }
}
