import Pricing
import ProxyCore
import Testing

@testable import CostAdvice

@Suite struct CatalogAdviceTests {
    /// The acceptance traffic's catalog is also reported as a listing to retrieve from.
    ///
    /// 5,000 estimated tokens per call at 0.30 USD/M = 1,500 µ$; 200 calls = $0.30 in 7,200 s;
    /// per 30 days × 360 = $108.
    @Test func listingInEveryPrompt() throws {
        var advisor = CostAdvisor()
        let catalog = Traffic.catalog(bytes: 20_000)
        for index in 0..<200 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, system: catalog, user: "Question \(index)?",
                    promptTokens: 5_100, requestBytes: 20_400
                )
            )
        }
        let item = try #require(advisor.advice(now: Traffic.start + 7_200).first { $0.kind == .catalogInPrompt })
        #expect(item.evidence.affectedCalls == 200)
        #expect(item.evidence.figure("listing_tokens") == 5_000)
        #expect(item.evidence.figure("listing_bytes") == 20_000)
        #expect(item.windowSaving == Money(picoUSD: 300_000_000_000))
        #expect(item.monthlySaving.decimalText == "108.00")
    }

    /// Listings in half the calls or fewer are not "most calls".
    @Test func listingInHalfTheCalls() {
        var advisor = CostAdvisor()
        let catalog = Traffic.catalog(bytes: 20_000)
        for index in 0..<100 {
            let system = index % 2 == 0 ? catalog : Traffic.prose(bytes: 20_000, seed: index)
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, system: system, user: "Q\(index)?",
                    promptTokens: 5_100, requestBytes: 20_400
                )
            )
        }
        #expect(advisor.advice(now: Traffic.start + 3_600).allSatisfy { $0.kind != .catalogInPrompt })
    }

    /// Ids need letters and digits, 8 to 16 of them, between non-alphanumerics; JSON product keys
    /// count too.
    @Test(arguments: [
        ("B07XJ8C8F5 B07XJ8C8F6", 2),
        ("SKU-AB12CD34EF, 1234567890, ABCDEFGHIJ, b07xj8c8f5", 1),
        ("x B07XJ8C8F5y B07XJ8C8F5", 1),
        (#"[{"sku":"a","price":1},{"sku":"b","price":2},{"sku":"c"}]"#, 5),
    ])
    func itemCounting(text: String, items: Int) {
        var text = text
        #expect(text.withUTF8(CatalogScanner.countItems) == items)
    }
}
