import CostAdvice
import Pricing
import ProxyCore
import Testing

@Suite struct ContextCachingTests {
    /// Acceptance: 200 calls over 2 hours to gemini-2.5-flash (Developer API), each with the same
    /// 20,000-byte catalog as system instruction and a different short question.
    ///
    /// Each call: 5,100 prompt tokens, 20,400 request bytes, so the catalog's estimated share is
    /// 5,100 × 20,000 ÷ 20,400 = 5,000 tokens. Caching bills them at 0.03 instead of 0.30 USD/M, a
    /// difference of 0.27 USD/M, i.e. 5,000 × 270,000 pico-USD = 1,350,000,000 pico-USD ($0.00135)
    /// per call. The first call fills the cache, so 199 calls save:
    /// 199 × $0.00135 = $0.26865 = 268,650,000,000 pico-USD in the 7,200 s window.
    /// Per 30 days: × 2,592,000 ÷ 7,200 = × 360 = $96.714 = 96,714,000,000,000 pico-USD.
    @Test func repeatedCatalogPrefix() throws {
        var advisor = CostAdvisor()
        let catalog = Traffic.catalog(bytes: 20_000)
        for index in 0..<200 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36,
                    system: catalog,
                    user: "Question \(index): is item B\(100 + index)X in stock?",
                    promptTokens: 5_100,
                    requestBytes: 20_400
                )
            )
        }
        let advice = advisor.advice(now: Traffic.start + 7_200)
        let caching = advice.filter { $0.kind == .contextCaching }
        #expect(caching.count == 1)
        let item = try #require(caching.first)
        #expect(item.model == "gemini-2.5-flash")
        #expect(item.dialect == .geminiAPI)
        #expect(item.windowSeconds == 7_200)
        #expect(item.windowSaving == Money(picoUSD: 199 * 5_000 * 270_000))
        #expect(item.windowSaving == Money(picoUSD: 268_650_000_000))
        #expect(item.monthlySaving == Money(picoUSD: 96_714_000_000_000))
        #expect(item.monthlySaving.decimalText == "96.714")
        #expect(item.monthlySavingUSD == 96.714)
        #expect(item.evidence.calls == 200)
        #expect(item.evidence.affectedCalls == 199)
        #expect(item.evidence.tokens == 199 * 5_000)
        #expect(item.evidence.figure("prefix_tokens") == 5_000)
        #expect(item.evidence.figure("prefix_bytes") == 20_000)
        #expect(item.evidence.figure("prefixes") == 1)
        #expect(item.text.contains("storage"))
        #expect(item.text.contains("whole leading messages"))
        // The catalog is also a listing; nothing else applies (outputs are even, questions differ).
        #expect(Set(advice.map(\.kind)) == [.contextCaching, .catalogInPrompt])
    }

    /// The same traffic where two calls also share the question: the 20,000-byte prefix still wins
    /// over the one repeated full prompt, and the response cache is reported separately.
    @Test func longerRepeatDoesNotHideTheCommonPrefix() throws {
        var advisor = CostAdvisor()
        let catalog = Traffic.catalog(bytes: 20_000)
        for index in 0..<200 {
            let question = index == 1 ? 0 : index
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, system: catalog,
                    user: "Question \(question): is it in stock?", promptTokens: 5_100, requestBytes: 20_400
                )
            )
        }
        let advice = advisor.advice(now: Traffic.start + 7_200)
        let item = try #require(advice.first { $0.kind == .contextCaching })
        #expect(item.windowSaving == Money(picoUSD: 268_650_000_000))
        #expect(advice.filter { $0.kind == .responseCaching }.count == 1)
    }

    /// A system instruction that ends with a per-call timestamp: no message boundary repeats, so the
    /// longest shared ladder cut, 16,384 bytes, is advised. Its share: 5,100 × 16,384 ÷ 20,400 =
    /// 4,096 tokens; 199 repeats × 4,096 × 270,000 pico-USD = 220,078,080,000 pico-USD.
    @Test func varyingTailFallsBackToTheLadder() throws {
        var advisor = CostAdvisor()
        let catalog = Traffic.catalog(bytes: 19_980)
        for index in 0..<200 {
            let stamp = " now=" + String(1_000_000_000 + index * 36) + "!!!!!"
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, system: catalog + stamp,
                    user: "Question \(index)?", promptTokens: 5_100, requestBytes: 20_400
                )
            )
        }
        let item = try #require(advisor.advice(now: Traffic.start + 7_200).first { $0.kind == .contextCaching })
        #expect(item.evidence.figure("prefix_bytes") == 16_384)
        #expect(item.evidence.figure("prefix_tokens") == 4_096)
        #expect(item.windowSaving == Money(picoUSD: 199 * 4_096 * 270_000))
        #expect(!item.text.contains("whole leading messages"))
    }

    /// Two system instructions, 100 calls each: one item, two prefixes, savings added.
    /// Each: 99 × 5,000 × 270,000 pico-USD = 133,650,000,000; both: 267,300,000,000.
    @Test func twoPromptFamiliesMakeOneItem() throws {
        var advisor = CostAdvisor()
        let families = [Traffic.catalog(bytes: 20_000), Traffic.prose(bytes: 20_000, seed: 7)]
        for index in 0..<200 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, system: families[index % 2],
                    user: "Question \(index)?", promptTokens: 5_100, requestBytes: 20_400
                )
            )
        }
        let caching = advisor.advice(now: Traffic.start + 7_200).filter { $0.kind == .contextCaching }
        #expect(caching.count == 1)
        let item = try #require(caching.first)
        #expect(item.evidence.figure("prefixes") == 2)
        #expect(item.evidence.affectedCalls == 198)
        #expect(item.windowSaving == Money(picoUSD: 267_300_000_000))
    }

    /// A prefix below the model's minimum cacheable size earns no advice: 1,500 estimated tokens on
    /// gemini-2.5-flash, whose minimum is 2,048.
    @Test func shortPrefixIsNotAdvised() {
        var advisor = CostAdvisor()
        let system = Traffic.prose(bytes: 6_000, seed: 1)
        for index in 0..<100 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, system: system, user: "Q\(index)",
                    promptTokens: 1_530, requestBytes: 6_120
                )
            )
        }
        #expect(advisor.advice(now: Traffic.start + 3_600).filter { $0.kind == .contextCaching }.isEmpty)
    }

    /// Prefix tokens the response already reports as cached save nothing more.
    @Test func alreadyCachedPrefixIsNotAdvised() {
        var advisor = CostAdvisor()
        let catalog = Traffic.catalog(bytes: 20_000)
        for index in 0..<50 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 72, system: catalog, user: "Q\(index)",
                    promptTokens: 5_100, cachedTokens: 5_000, requestBytes: 20_400
                )
            )
        }
        #expect(advisor.advice(now: Traffic.start + 3_600).filter { $0.kind == .contextCaching }.isEmpty)
    }

    /// Traffic without repetition gives no advice at all.
    @Test func noRepetitionNoAdvice() {
        var advisor = CostAdvisor()
        for index in 0..<200 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 36, system: Traffic.prose(bytes: 9_000, seed: index),
                    user: "Question \(index)?", promptTokens: 2_300, requestBytes: 9_200
                )
            )
        }
        #expect(advisor.advice(now: Traffic.start + 7_200).isEmpty)
    }

    /// A short burst extrapolates from one hour, not from its own ten minutes.
    /// 9 repeats × 5,000 × 270,000 = 12,150,000,000 pico-USD; × 2,592,000 ÷ 3,600 = × 720.
    @Test func shortWindowsCountAsOneHour() throws {
        var advisor = CostAdvisor()
        let catalog = Traffic.catalog(bytes: 20_000)
        for index in 0..<10 {
            advisor.observe(
                Traffic.call(
                    at: Traffic.start + Double(index) * 60, system: catalog, user: "Q\(index)",
                    promptTokens: 5_100, requestBytes: 20_400
                )
            )
        }
        let item = try #require(advisor.advice(now: Traffic.start + 600).first { $0.kind == .contextCaching })
        #expect(item.windowSeconds == 3_600)
        #expect(item.monthlySaving == Money(picoUSD: 12_150_000_000 * 720))
    }
}
