import ProxyCore
import Testing

@testable import Grounding

/// The name an answer gives an ID (its label slot) is compared with the catalog name; the real name
/// elsewhere in the line does not rescue a wrong label. 6E92ZMYYFZ is the Mug, OLJCESPC7Z the
/// Sunglasses, 1YMWWN1N4O the Watch, 2ZYFJ3GM2N the Hairdryer.
@Suite struct NameBindingTests {
    private let checker = GroundingChecker()

    private func check(_ text: String) -> GroundingReport {
        checker.check(text: text, catalog: Fixtures.catalog)
    }

    @Test(arguments: [
        "1. **Sunglasses** [6E92ZMYYFZ] - $8.99: A simple mug with a mustard interior.",
        "**Sunglasses** [6E92ZMYYFZ]: Mug with a mustard interior, the mug of choice.",
        "- Sunglasses (6E92ZMYYFZ) — $8.99. A simple mug with a mustard interior.",
        "* *Sunglasses* (6E92ZMYYFZ): a mug for coffee lovers",
        "Sunglasses (6E92ZMYYFZ) is a simple mug",
        "- 6E92ZMYYFZ: Sunglasses, $8.99 — A simple mug with a mustard interior.",
        "[6E92ZMYYFZ] **Sunglasses** - the mug you wanted",
        "`6E92ZMYYFZ` — Sunglasses (a mug)",
        "| Sunglasses | 6E92ZMYYFZ | $8.99 | A simple mug with a mustard interior. |",
        "| 2 | 6E92ZMYYFZ | Sunglasses | $8.99 | A simple mug |",
        "- [Sunglasses](/product/6E92ZMYYFZ) for $8.99: A simple mug with a mustard interior.",
        "[**Sunglasses**](https://shop.example.com/product/6E92ZMYYFZ?ref=chat) - a simple mug",
        "I'd suggest the Sunglasses (ID 6E92ZMYYFZ) at $8.99, a simple mug with a mustard interior.",
        "Try the Sunglasses (SKU: 6E92ZMYYFZ), our best mug.",
        "Sunglasses【6E92ZMYYFZ】, a mug",
        "Sunglasses：6E92ZMYYFZ （mug）",
    ])
    func aSwappedLabelIsAMismatchWhateverTheDescriptionSays(text: String) throws {
        let report = check(text)
        #expect(report.counts.nameMismatches == 1, "\(report.mentions.map(\.verdicts))")
        let mention = try #require(report.mentions.first { $0.mention.id == "6E92ZMYYFZ" })
        #expect(mention.verdicts == [.nameMismatch(expected: "Mug", found: "Sunglasses")])
    }

    @Test(arguments: [
        "1. **Mug** [6E92ZMYYFZ] - $8.99: Pairs well with the Sunglasses.",
        "- Mug (6E92ZMYYFZ): sturdier than the Watch, and cheaper.",
        "- 6E92ZMYYFZ: Mug — goes with Sunglasses on a sunny patio",
        "| Mug | 6E92ZMYYFZ | $8.99 | Like a Watch, it keeps you on time. |",
        "- [Mug](/product/6E92ZMYYFZ): Sunglasses for your coffee.",
        "I'd suggest the Mug (ID 6E92ZMYYFZ), a Watch-free gift.",
    ])
    func theRealNameWithAnotherNameInTheDescriptionIsClean(text: String) {
        let report = check(text)
        #expect(report.isClean, "\(report.mentions.map(\.verdicts))")
    }

    @Test(arguments: [
        "The Mug (6E92ZMYYFZ) is cheaper than the Sunglasses (OLJCESPC7Z).",
        "The Sunglasses (OLJCESPC7Z) cost more than the Mug (6E92ZMYYFZ) but less than the Watch (1YMWWN1N4O).",
        "Mug [6E92ZMYYFZ] Watch [1YMWWN1N4O]",
        "Mug [6E92ZMYYFZ] - Watch [1YMWWN1N4O] - Sunglasses [OLJCESPC7Z]",
        "[6E92ZMYYFZ] Mug [1YMWWN1N4O] Watch",
        "6E92ZMYYFZ: Mug | 1YMWWN1N4O: Watch",
        "Compare 6E92ZMYYFZ (Mug) with 1YMWWN1N4O (Watch).",
        "The Mug and the Sunglasses [OLJCESPC7Z, 6E92ZMYYFZ] both ship today.",
        "A gift for a coffee lover (the Mug) [6E92ZMYYFZ] or a watch lover (the Watch) [1YMWWN1N4O].",
    ])
    func twoProductsInOneSentenceAreClean(text: String) {
        let report = check(text)
        #expect(report.isClean, "\(report.mentions.map(\.verdicts))")
    }

    /// 2ZYFJ3GM2N is the Hairdryer, so a comparison that calls it the Sunglasses is a swap.
    @Test func aComparisonWithOneWrongLabelFlagsOnlyThatID() throws {
        let report = check("The Mug (6E92ZMYYFZ) is cheaper than the Sunglasses (2ZYFJ3GM2N).")
        #expect(report.counts.nameMismatches == 1)
        let flagged = try #require(report.mentions.first { !$0.isClean })
        #expect(flagged.mention.id == "2ZYFJ3GM2N")
        #expect(flagged.verdicts == [.nameMismatch(expected: "Hairdryer", found: "Sunglasses")])
    }

    /// A label stands for its ID's product when prices are attached, so a swapped label's price is
    /// still checked against the ID.
    @Test func aPriceNextToASwappedLabelIsCheckedAgainstTheID() {
        let report = check("- 6E92ZMYYFZ: Sunglasses, $19.99 — A simple mug")
        #expect(report.counts.nameMismatches == 1)
        #expect(report.counts.priceMismatches == 1)
    }

    @Test(arguments: [
        ("**Mug** [6E92ZMYYFZ]", "6E92ZMYYFZ", "Mug"),
        ("6E92ZMYYFZ: Mug, and the Sunglasses", "6E92ZMYYFZ", "Mug"),
        ("[Watch](/p/1YMWWN1N4O)", "1YMWWN1N4O", "Watch"),
        ("the Mug, 6E92ZMYYFZ", "6E92ZMYYFZ", nil as String?),
        ("the Mug is 6E92ZMYYFZ", "6E92ZMYYFZ", nil),
        ("Mug $8.99 6E92ZMYYFZ", "6E92ZMYYFZ", nil),
    ])
    func labelsAreBoundOnlyAcrossMarkup(text: String, id: String, label: String?) {
        let bytes = Array(text.utf8)
        let mentions = ProductMentionExtractor().mentions(in: text)
        let names = Fixtures.catalog.nameOccurrences(in: text).filter { n in !mentions.contains { $0.utf8Range.overlaps(n.utf8Range) } }
        let labels = MentionContext.bindLabels(bytes: bytes, mentions: mentions, names: names, segments: TextSegments(bytes))
        let index = mentions.firstIndex { $0.id == id }!
        let bound = labels.nameOfMention[index].map { Fixtures.catalog.products[names[$0].product].name }
        #expect(bound == label)
    }
}
