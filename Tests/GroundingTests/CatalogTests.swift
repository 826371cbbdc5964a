import ProxyCore
import Testing

@testable import Grounding

@Suite struct CatalogTests {
    @Test func parsesTheBoutiqueCatalog() throws {
        let catalog = Fixtures.catalog
        #expect(catalog.products.count == 9)
        let watch = try #require(catalog.product(id: "1YMWWN1N4O"))
        #expect(watch.name == "Watch")
        #expect(watch.priceMicros == 109_990_000)
        #expect(watch.currency == "USD")
        #expect(catalog.product(id: "LS4PSXUNUM")?.priceMicros == 18_490_000)
        #expect(catalog.product(id: "9SIQT8TOJO")?.categories == ["kitchen"])
    }

    @Test(arguments: ["1YMWWN1N4O"], ["1ymwwn1n4o", " 1YMWWN1N4O", "1YMWWN1N4", ""])
    func idLookupIsExact(valid: String, invalid: String) {
        #expect(Fixtures.catalog.product(id: valid) != nil)
        #expect(Fixtures.catalog.product(id: invalid) == nil)
    }

    @Test(arguments: [
        ("watch", "Watch"), ("WATCHES", "Watch"), ("Mugs", "Mug"), ("candle holders", "Candle Holder"),
        ("Salt and Pepper Shaker", "Salt & Pepper Shakers"), ("sunglasses", "Sunglasses"), ("Sunglass", "Sunglasses"),
        ("Tánk Tôp", "Tank Top"), ("bamboo  glass\u{00A0}jars", "Bamboo Glass Jar"), ("LOAFER", "Loafers"),
    ])
    func nameLookupFolds(written: String, expected: String) {
        #expect(Fixtures.catalog.product(named: written)?.name == expected)
    }

    @Test(arguments: ["Vintage Camera Lens Mug", "Glass Jar", "Hair dryer", ""])
    func unknownNames(written: String) {
        #expect(Fixtures.catalog.product(named: written) == nil)
    }

    @Test(arguments: [
        (#"{"products": 3}"#, "unexpected_shape", "\"products\" is a number"),
        (#"[1, 2"#, "malformed_json", "at byte"),
        (#"{"products": [{"id": "A", "name": "x"}]}"#, "invalid_product", "has no priceUsd"),
        (#"{"products": [{"name": "x", "priceUsd": {"units": 1}}]}"#, "invalid_product", "has no id"),
        (#"{"products": [{"id": "A", "name": "x", "priceUsd": {"units": 1, "nanos": -5000}}]}"#, "invalid_product", "different signs"),
        (#"{"products": [{"id": "A", "name": "x", "priceUsd": {"units": 1.5}}]}"#, "invalid_product", "not an integer"),
        (#"{"products": [{"id": "A", "name": "x", "priceUsd": {"units": 1, "nanos": 5}}]}"#, "invalid_product", "finer than a micro"),
        (#"{"products": [{"id": "A", "name": "x", "priceUsd": {}}, {"id": "A", "name": "y", "priceUsd": {}}]}"#, "duplicate_id", "\"A\""),
        (#"{"items": []}"#, "unexpected_shape", "no \"products\""),
        (#"{"products": []} x"#, "malformed_json", "after the JSON value"),
        (#"{"products": [{"id": "A", "name": 01}]}"#, "malformed_json", "malformed number"),
    ])
    func reportsWhatIsWrong(json: String, code: String, fragment: String) {
        do {
            _ = try Catalog.parseProductsJSON(Array(json.utf8))
            Issue.record("expected an error for \(json)")
        } catch {
            #expect(error.code == code)
            #expect(error.description.contains(fragment), "\(error.description)")
        }
    }

    @Test func acceptsEscapesAndStringUnits() throws {
        let json = #"[{"id": "X1", "name": "Caf\u00e9 \ud83d\ude00", "priceUsd": {"units": "12", "nanos": 500000000}}]"#
        let catalog = try Catalog.parseProductsJSON(Array(json.utf8))
        #expect(catalog.product(id: "X1")?.name == "Café 😀")
        #expect(catalog.product(id: "X1")?.priceMicros == 12_500_000)
        #expect(catalog.product(named: "cafe")?.id == "X1")
    }
}
