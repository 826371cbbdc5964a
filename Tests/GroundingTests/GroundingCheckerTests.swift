import ProxyCore
import Testing

@testable import Grounding

@Suite struct GroundingCheckerTests {
    private let checker = GroundingChecker()

    private func check(_ text: String, tools: [String] = [], user: String? = nil) -> GroundingReport {
        checker.check(text: text, catalog: Fixtures.catalog, toolTexts: tools, userText: user)
    }

    // MARK: Invalid IDs

    @Test(arguments: [
        ("The Watch [ZZZZZZZZZZ] is lovely.", 1, 1),
        ("Try [1YMWWN1N4O] or [ABCDE12345].", 1, 2),
        ("Try 1YMWWN1N4O or Q9Q9Q9Q9Q9, or [ X1X1X1X1X1 ]", 2, 3),
        ("Options: ［AAAAAAAAA1］ and 【BBBBBBBBB2】", 2, 2),
        ("Ünïcödé — [1YMWWN1N4O] · [0PUK6V6EV1]", 1, 2),
    ])
    func invalidIDs(text: String, invalid: Int, mentions: Int) {
        let report = check(text)
        #expect(report.counts.invalidIDs == invalid)
        #expect(report.counts.mentions == mentions)
        #expect(report.invalidProductRate == Double(invalid) / Double(mentions))
    }

    @Test func invalidRateArithmetic() {
        let report = check("[1YMWWN1N4O] [6E92ZMYYFZ] [L9ECAV7KIM] [ZZZZZZZZZZ]")
        #expect(report.invalidProductRate == 0.25)
        #expect(report.counts.validIDs == 3)
        #expect(report.sampleOffendingIDs == ["ZZZZZZZZZZ"])
    }

    @Test(arguments: [
        "You might like the Watch [1YMWWN1N4O] ($109.99) and the Mug [6E92ZMYYFZ] for $8.99.",
        "- **Tank Top** [66VCHSJNUP] — 18.99 USD\n- **Candle Holder** [0PUK6V6EV0] — USD 18,99\n",
        "Salt and pepper shakers [LS4PSXUNUM] cost 18,49\u{00A0}$. Watches [1YMWWN1N4O] US$ 110.",
        "Je vous recommande les lunettes de soleil Sunglasses ［OLJCESPC7Z］ à 19,99 $.",
        "Mug [6E92ZMYYFZ] and Watch [1YMWWN1N4O]",
        "Mug [6E92ZMYYFZ] $8.99, Watch [1YMWWN1N4O] $109.99",
    ])
    func cleanAnswersReportExactlyZero(text: String) {
        let report = check(text, user: "What do you recommend?")
        #expect(report.invalidProductRate == 0)
        #expect(report.isClean, "\(report.mentions.map(\.verdicts))")
        #expect(report.sampleOffendingIDs.isEmpty)
    }

    @Test func noMentionsMeansNoRate() {
        let report = check("Our store opens at 9am.")
        #expect(report.invalidProductRate == nil)
        #expect(report.isClean)
    }

    // MARK: Name mismatch

    @Test(arguments: [
        ("The Vintage Camera Lens Mug [1YMWWN1N4O]", "Watch", "Mug"),
        ("Try our mugs\u{00A0}[ 1YMWWN1N4O ]!", "Watch", "Mug"),
        ("[1YMWWN1N4O] — the SUNGLASSES you wanted", "Watch", "Sunglasses"),
        ("Bambóo Glass Jar: 6E92ZMYYFZ", "Mug", "Bamboo Glass Jar"),
        ("Salt & Pepper Shakers【L9ECAV7KIM】", "Loafers", "Salt & Pepper Shakers"),
    ])
    func nameMismatch(text: String, expected: String, found: String) throws {
        let report = check(text)
        #expect(report.counts.nameMismatches == 1)
        let mention = try #require(report.mentions.first)
        #expect(mention.verdicts.contains(.nameMismatch(expected: expected, found: found)))
        #expect(report.invalidProductRate == 0)
    }

    @Test(arguments: [
        "Mug [6E92ZMYYFZ] and [1YMWWN1N4O]",
        "I love the Mug. Check out [1YMWWN1N4O]!",
        "Instead of a Mug, the Watch [1YMWWN1N4O] is better.",
        "The Mug\n\n[1YMWWN1N4O] is a watch.",
    ])
    func nameOfAnotherMentionOrSentenceIsNotAMismatch(text: String) {
        #expect(check(text).counts.nameMismatches == 0)
    }

    // MARK: Price mismatch

    @Test(arguments: [
        ("Watch [1YMWWN1N4O] $18.99", 109_990_000, 18_990_000),
        ("Watch [1YMWWN1N4O] for 18.99 USD", 109_990_000, 18_990_000),
        ("Watch [1YMWWN1N4O]: USD 18,99", 109_990_000, 18_990_000),
        ("Watch [1YMWWN1N4O] US$\u{00A0}99", 109_990_000, 99_000_000),
        ("Tank Top ［66VCHSJNUP］ — 17,50\u{202F}$", 18_990_000, 17_500_000),
        ("Mug\u{3000}[6E92ZMYYFZ]\u{2009}$9.99", 8_990_000, 9_990_000),
    ])
    func priceMismatch(text: String, expected: Int64, stated: Int64) throws {
        let report = check(text)
        #expect(report.counts.priceMismatches == 1)
        let mention = try #require(report.mentions.first)
        #expect(mention.verdicts.contains(.priceMismatch(expectedMicros: expected, statedMicros: stated)))
    }

    @Test(arguments: [
        "Watch [1YMWWN1N4O] $110",
        "Watch [1YMWWN1N4O] $109.00",
        "Watch [1YMWWN1N4O] was $129.99, now $109.99",
        "Watch [1YMWWN1N4O] is pricier than the Mug at $8.99",
        "Watch [1YMWWN1N4O] and Mug [6E92ZMYYFZ] $8.99",
        "Watch [1YMWWN1N4O]. Shipping costs $4.99 on every order.",
        "Mug [6E92ZMYYFZ] $8.98",
    ])
    func pricesWithinToleranceOrAttachedElsewhereAreFine(text: String) {
        #expect(check(text).counts.priceMismatches == 0)
    }

    @Test func toleranceIsConfigurable() {
        let strict = GroundingChecker(configuration: GroundingConfiguration {
            $0.priceRelativeTolerance = 0
            $0.priceAbsoluteToleranceMicros = 0
        })
        let report = strict.check(text: "Mug [6E92ZMYYFZ] $8.98", catalog: Fixtures.catalog)
        #expect(report.counts.priceMismatches == 1)
    }

    // MARK: No products

    @Test(arguments: [
        ("I recommend our finest timepiece!", nil as String?, true),
        ("Te recomiendo un reloj elegante.", nil, true),
        ("Je vous recommande une belle montre.", nil, true),
        ("Ich empfehle Ihnen eine Uhr.", nil, true),
        ("Ti consiglio un orologio.", nil, true),
        ("Recomendo um relógio bonito.", nil, true),
        ("Here you go.", "Can you suggest a gift for my dad?", true),
        ("Here you go.", "¿Qué me recomiendas?", true),
        ("I recommend the Watch [1YMWWN1N4O].", nil, false),
        ("I recommend [ZZZZZZZZZZ].", nil, true),
        ("Your order has shipped.", "Where is my order?", false),
    ])
    func noProducts(answer: String, question: String?, expected: Bool) {
        let report = check(answer, user: question)
        #expect(report.noProducts == expected)
        #expect(report.counts.noProducts == (expected ? 1 : 0))
    }

    // MARK: Tool texts and samples

    @Test func toolTextsAreChecked() {
        let report = check(
            "Added it to your cart.",
            tools: [#"{"name":"add_to_cart","args":{"product_id":"1YMWWN1N4O"}}"#, #"{"product_id":"Q1Q1Q1Q1Q1"}"#]
        )
        #expect(report.counts.mentions == 2)
        #expect(report.counts.invalidIDs == 1)
        #expect(report.mentions.map(\.mention.source) == [.tool(0), .tool(1)])
        #expect(report.sampleOffendingIDs == ["Q1******Q1"])
    }

    @Test func samplesAreBoundedAndDistinct() {
        let report = check("[AAAAAAAAA1] [AAAAAAAAA1] [BBBBBBBBB2] [CCCCCCCCC3] [DDDDDDDDD4] Mug [1YMWWN1N4O]")
        #expect(report.sampleOffendingIDs == ["AAAAAAAAA1", "BBBBBBBBB2", "CCCCCCCCC3"])
    }
}
