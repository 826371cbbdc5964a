import Grounding
import ProxyConfig
import ProxyCore
@testable import ProxyServer
import Testing

/// The `catalog` and `quality` sections reach the checks: each setting below changes a verdict.
@Suite struct ResponseCheckSettingsTests {
    let catalog = try! Catalog.parseProductsJSON(Array(OnlineBoutiqueCatalog.json.utf8))

    @Test func idPatternAndBracketsDecideWhatIsAMention() {
        let text = "You will love this one (ABCDEFGH1234)."
        let stock = GroundingChecker(configuration: ResponseCheckSettings.grounding(.default))
        #expect(stock.check(text: text, catalog: catalog).counts.mentions == 0)
        var configuration = CatalogConfiguration.default
        configuration.idPattern = try! IDPattern(parsing: "[A-Z0-9]{12}")
        configuration.brackets = ["( )"]
        let custom = GroundingChecker(configuration: ResponseCheckSettings.grounding(configuration))
        let report = custom.check(text: text, catalog: catalog)
        #expect(report.counts.mentions == 1 && report.counts.invalidIDs == 1)
    }

    @Test func priceToleranceInDollars() {
        // The Sunglasses [OLJCESPC7Z] cost $19.99 in the catalog.
        let text = "The Sunglasses [OLJCESPC7Z] are $20.49."
        let strict = GroundingChecker(configuration: ResponseCheckSettings.grounding(.default))
        #expect(strict.check(text: text, catalog: catalog).counts.priceMismatches == 1)
        var configuration = CatalogConfiguration.default
        configuration.priceToleranceUSD = 1
        let lenient = GroundingChecker(configuration: ResponseCheckSettings.grounding(configuration))
        #expect(lenient.check(text: text, catalog: catalog).counts.priceMismatches == 0)
    }

    @Test func weightsAndExtraRefusalPhrases() {
        let input = QualityInput(answer: "No can do, friend. Ask me about mugs instead, any time you like.", question: nil, finishReasons: ["STOP"])
        let stock = QualityScorer(configuration: ResponseCheckSettings.quality(.default)).score(input)
        #expect(stock.components.first { $0.component == .refusal }?.value == 1)
        var settings = QualitySettings.default
        settings.refusal.extraPhrases = ["no can do"]
        let custom = QualityScorer(configuration: ResponseCheckSettings.quality(settings)).score(input)
        #expect((custom.components.first { $0.component == .refusal }?.value ?? 1) < 1)
        settings.weights["refusal"] = 0
        let ignored = QualityScorer(configuration: ResponseCheckSettings.quality(settings)).score(input)
        #expect(ignored.score == stock.score)
    }
}
