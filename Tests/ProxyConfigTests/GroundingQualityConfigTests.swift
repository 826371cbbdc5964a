import Grounding
import ProxyConfig
import Testing

@Suite struct GroundingQualityConfigTests {
    @Test(arguments: [
        ("catalog:\n  id_pattern: \"[A-Z]+\"\n", "catalog.id_pattern", 2, "expected an ID pattern"),
        ("catalog:\n  id_pattern: \"[A-Z_]{10}\"\n", "catalog.id_pattern", 2, "only A-Z, a-z and 0-9"),
        ("catalog:\n  id_pattern: \"[0-9]{12,8}\"\n", "catalog.id_pattern", 2, "lengths between 1 and 64"),
        ("catalog:\n  brackets: [\"<<>>\"]\n", "catalog.brackets", 2, "separated by one space"),
        ("catalog:\n  context_chars: 3\n", "catalog.context_chars", 2, "between 8 and 2000"),
        ("quality:\n  weights:\n    refusal: 1.5\n", "quality.weights.refusal", 3, "between 0 and 1"),
        ("quality:\n  weights:\n    tone: 0.5\n", "quality.weights.tone", 3, "unknown key 'tone'"),
        ("quality:\n  repetition:\n    min_repeats: 5\n    severe_repeats: 4\n", "quality.repetition.severe_repeats", 4, "at least min_repeats"),
        ("quality:\n  length:\n    short_z: big\n", "quality.length.short_z", 3, "expected a number"),
    ])
    func problemsNameTheKeyAndLine(yaml: String, keyPath: String, line: Int, fragment: String) throws {
        let problems = TestSupport.problems(yaml)
        let problem = try #require(problems.first, "no problem reported for \(yaml)")
        #expect(problems.count == 1, "\(problems)")
        #expect(problem.keyPath == keyPath && problem.line == line, "\(problem)")
        #expect(problem.message.contains(fragment), "\(problem.message)")
    }

    @Test func patternsAndWeightsLoad() throws {
        let configuration = try ProxyConfiguration.load(
            yaml: """
                catalog:
                  id_pattern: "[A-Za-z0-9]{8,12}"
                  brackets: ["( )"]
                  recommendation_cues: ["you will love"]
                quality:
                  weights:
                    language_match: 0
                  refusal:
                    extra_phrases: ["no can do"]
                """
        )
        let extraction = configuration.catalog.grounding.extraction
        #expect(extraction.shape == IDShape(lengths: 8...12, characters: [.uppercase, .lowercase, .digits]))
        #expect(extraction.brackets == [.init(open: "(", close: ")")])
        #expect(configuration.catalog.grounding.answerIntentCues.last == "you will love")
        #expect(configuration.catalog.grounding.answerIntentCues.dropLast() == GroundingConfiguration.default.answerIntentCues[...])
        #expect(configuration.quality.weights[.languageMatch] == 0)
        #expect(configuration.quality.weights[.refusal] == 0.6, "unset weights keep their defaults")
        #expect(configuration.quality.refusal.refusals["custom"] == ["no can do"])
    }

    @Test func catalogAndQualityKeysReachTheDomainTypes() throws {
        let configuration = try ProxyConfiguration.load(
            yaml: """
                catalog:
                  price_tolerance_percent: 5
                  price_tolerance_usd: 0.5
                  context_chars: 120
                  bare_ids: false
                quality:
                  finish_reason:
                    safety_score: 0.3
                  repetition:
                    min_line_chars: 40
                """
        )
        let grounding = configuration.catalog.grounding
        #expect(grounding.priceRelativeTolerance == 0.05 && grounding.priceAbsoluteToleranceMicros == 500_000)
        #expect(grounding.windowScalars == 120 && !grounding.extraction.bare)
        #expect(configuration.quality.finishReason.scores["PROHIBITED_CONTENT"] == 0.3)
        #expect(configuration.quality.finishReason.scores["MAX_TOKENS"] == 0.2, "unset keys keep the domain default")
        #expect(configuration.quality.repetition.minLineScalars == 40)
        #expect(try ProxyConfiguration.load(yaml: "").catalog == .default && ProxyConfiguration.load(yaml: "").quality == .default)
    }
}
