import Grounding
import ProxyConfig
import ProxyCore
import Testing

/// The `catalog` and `quality` sections reach the checks: each key below, read from YAML, changes a verdict.
@Suite struct ConfigReachesChecksTests {
    let catalog = try! Catalog.parseProductsJSON(Array(OnlineBoutiqueCatalog.json.utf8))

    private func load(_ yaml: String) throws -> ProxyConfiguration { try ProxyConfiguration.load(yaml: yaml) }

    @Test func idPatternAndBracketsDecideWhatIsAMention() throws {
        let text = "You will love this one (ABCDEFGH1234)."
        let stock = GroundingChecker(configuration: try load("").catalog.grounding)
        #expect(stock.check(text: text, catalog: catalog).counts.mentions == 0)
        let configuration = try load("catalog:\n  id_pattern: \"[A-Z0-9]{12}\"\n  brackets: [\"( )\"]\n")
        let report = GroundingChecker(configuration: configuration.catalog.grounding).check(text: text, catalog: catalog)
        #expect(report.counts.mentions == 1 && report.counts.invalidIDs == 1)
    }

    @Test func priceToleranceInDollars() throws {
        // The Sunglasses [OLJCESPC7Z] cost $19.99 in the catalog.
        let text = "The Sunglasses [OLJCESPC7Z] are $20.49."
        let strict = GroundingChecker(configuration: try load("").catalog.grounding)
        #expect(strict.check(text: text, catalog: catalog).counts.priceMismatches == 1)
        let lenient = GroundingChecker(configuration: try load("catalog:\n  price_tolerance_usd: 1\n").catalog.grounding)
        #expect(lenient.check(text: text, catalog: catalog).counts.priceMismatches == 0)
    }

    @Test func weightsAndExtraRefusalPhrases() throws {
        let input = QualityInput(answer: "No can do, friend. Ask me about mugs instead, any time you like.", question: nil, finishReasons: ["STOP"])
        let stock = QualityScorer(configuration: try load("").quality).score(input)
        #expect(stock.components.first { $0.component == .refusal }?.value == 1)
        let custom = QualityScorer(configuration: try load("quality:\n  refusal:\n    extra_phrases: [\"no can do\"]\n").quality).score(input)
        #expect((custom.components.first { $0.component == .refusal }?.value ?? 1) < 1)
        let yaml = "quality:\n  weights:\n    refusal: 0\n  refusal:\n    extra_phrases: [\"no can do\"]\n"
        let ignored = QualityScorer(configuration: try load(yaml).quality).score(input)
        #expect(ignored.score == stock.score)
    }
}
