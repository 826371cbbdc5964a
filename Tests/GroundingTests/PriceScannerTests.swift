import Testing

@testable import Grounding

@Suite struct PriceScannerTests {
    private func prices(_ text: String) -> [Int64] {
        PriceScanner.prices(in: Array(text.utf8)).map(\.micros)
    }

    @Test(arguments: [
        ("$18.99", [18_990_000]),
        ("$ 18.99", [18_990_000]),
        ("18.99 USD", [18_990_000]),
        ("18.99USD", [18_990_000]),
        ("USD 18,99", [18_990_000]),
        ("US$ 18.99", [18_990_000]),
        ("US$18.99", [18_990_000]),
        ("18,99 $", [18_990_000]),
        ("18,99\u{00A0}$", [18_990_000]),
        ("$\u{2009}18.99", [18_990_000]),
        ("USD\u{202F}18,99", [18_990_000]),
        ("costs $18.", [18_000_000]),
        ("$1,299.99", [1_299_990_000]),
        ("1.299,99 USD", [1_299_990_000]),
        ("1\u{202F}299,99 $", [1_299_990_000]),
        ("$1,299", [1_299_000_000]),
        ("$18.9", [18_900_000]),
        ("19.99 dollars", [19_990_000]),
        ("$18.99 $8.99", [18_990_000, 8_990_000]),
        ("3 heat settings, 18.99", []),
        ("A18.99 USD", []),
        ("[1YMWWN1N4O]", []),
        ("USDA 18.99", []),
        ("$18.99abc", []),
        ("50% off", []),
    ])
    func parses(text: String, expected: [Int64]) {
        #expect(prices(text) == expected)
    }

    @Test func rangeCoversMarkerAndAmount() throws {
        let text = "Only US$ 18.99!"
        let price = try #require(PriceScanner.prices(in: Array(text.utf8)).first)
        #expect(String(decoding: Array(text.utf8)[price.utf8Range], as: UTF8.self) == "US$ 18.99")
    }
}
