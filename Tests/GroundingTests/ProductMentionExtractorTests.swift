import Testing

@testable import Grounding

@Suite struct ProductMentionExtractorTests {
    private func ids(_ text: String, _ configuration: ExtractionConfiguration = .default) -> [String] {
        ProductMentionExtractor(configuration: configuration).mentions(in: text) { Fixtures.catalog.contains(id: $0) }.map(\.id)
    }

    @Test(arguments: [
        ("Try the Watch [1YMWWN1N4O].", ["1YMWWN1N4O"]),
        ("Try [ 1YMWWN1N4O ] now", ["1YMWWN1N4O"]),
        ("Try [\u{00A0}1YMWWN1N4O\u{202F}] now", ["1YMWWN1N4O"]),
        ("腕時計［1YMWWN1N4O］がおすすめ", ["1YMWWN1N4O"]),
        ("【6E92ZMYYFZ】", ["6E92ZMYYFZ"]),
        ("[1YMWWN1N4O, 6E92ZMYYFZ]", ["1YMWWN1N4O", "6E92ZMYYFZ"]),
        ("[ZZZZZZZZZZ]", ["ZZZZZZZZZZ"]),
        ("product_id: 1YMWWN1N4O", ["1YMWWN1N4O"]),
        (#"{"product_id":"L9ECAV7KIM"}"#, ["L9ECAV7KIM"]),
        ("Ürü1YMWWN1N4O—nice", ["1YMWWN1N4O"]),
        ("[Watch](/product/1YMWWN1N4O)", ["1YMWWN1N4O"]),
        ("[1YMWWN1N4O is great]", ["1YMWWN1N4O"]),
        ("RECOMMENDED PRODUCTS FOR YOU", []),
        ("[RECOMMEND1]", ["RECOMMEND1"]),
        ("Call 1234567890 or ABCDEFGHIJ", []),
        ("[1ymwwn1n4o] 1YMWWN1N4OX X1YMWWN1N4O", []),
        ("[1YMWWN1N4O", ["1YMWWN1N4O"]),
        ("", []),
    ])
    func findsIDs(text: String, expected: [String]) {
        #expect(ids(text) == expected)
    }

    @Test func rangesPointAtTheID() throws {
        let text = "Ünïcode [ 1YMWWN1N4O ] and 6E92ZMYYFZ"
        let mentions = ProductMentionExtractor().mentions(in: text)
        #expect(mentions.count == 2)
        let bytes = Array(text.utf8)
        for mention in mentions {
            #expect(String(decoding: bytes[mention.utf8Range], as: UTF8.self) == mention.id)
        }
        #expect(mentions.map(\.form) == [.bracketed, .bare])
    }

    @Test func patternsAreConfigurable() {
        let bracketOnly = ExtractionConfiguration { $0.bare = false }
        #expect(ids("[1YMWWN1N4O] and 6E92ZMYYFZ", bracketOnly) == ["1YMWWN1N4O"])
        let bareOnly = ExtractionConfiguration { $0.bracketed = false }
        #expect(ids("[ZZZZZZZZZZ] and 6E92ZMYYFZ", bareOnly) == ["6E92ZMYYFZ"])
        let skus = ExtractionConfiguration {
            $0.shape = IDShape(lengths: 6...8, characters: [.lowercase, .digits])
            $0.brackets = [.init(open: "<<", close: ">>")]
        }
        #expect(ids("see <<abc123>> and sku9x8y7 and [1YMWWN1N4O]", skus) == ["abc123", "sku9x8y7"])
        let loose = ExtractionConfiguration { $0.bareNeedsDigitAndLetter = false }
        #expect(ids("ABCDEFGHIJ", loose) == ["ABCDEFGHIJ"])
    }
}
