import Pricing
import ProxyCore
import Testing

/// Context-length tiers: chosen from `promptTokenCount` (cached tokens included), strictly above the
/// threshold.
@Suite struct TierTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var model: String
        var prompt: Int
        var cached: Int
        var threshold: Int?
        var input: Int64
        var cachedInput: Int64
        var output: Int64

        var total: Int64 { input + cachedInput + output }
        var testDescription: String { "\(model) prompt \(prompt) cached \(cached)" }
    }

    /// Every case also has 1,000 output tokens.
    static let cases: [Case] = [
        // At 200,000: base. 200,000 × 1.25 = 250,000 µ$; 1,000 × 10.00 = 10,000 µ$.
        Case(
            model: "gemini-2.5-pro", prompt: 200_000, cached: 0, threshold: nil, input: 250_000_000_000, cachedInput: 0,
            output: 10_000_000_000),
        // One above: tier. 200,001 × 2.50 = 500,002.5 µ$; 1,000 × 15.00 = 15,000 µ$.
        Case(
            model: "gemini-2.5-pro", prompt: 200_001, cached: 0, threshold: 200_000, input: 500_002_500_000,
            cachedInput: 0, output: 15_000_000_000),
        // Cached tokens count toward the threshold: 100,001 × 2.50 = 250,002.5 µ$; 100,000 × 0.25 = 25,000 µ$.
        Case(
            model: "gemini-2.5-pro", prompt: 200_001, cached: 100_000, threshold: 200_000, input: 250_002_500_000,
            cachedInput: 25_000_000_000, output: 15_000_000_000),
        // At 200,000 with cache: 150,000 × 1.25 = 187,500 µ$; 50,000 × 0.125 = 6,250 µ$.
        Case(
            model: "gemini-2.5-pro", prompt: 200_000, cached: 50_000, threshold: nil, input: 187_500_000_000,
            cachedInput: 6_250_000_000, output: 10_000_000_000),
        // 1.5 Flash at 128,000: 128,000 × 0.075 = 9,600 µ$; 1,000 × 0.30 = 300 µ$.
        Case(
            model: "gemini-1.5-flash", prompt: 128_000, cached: 0, threshold: nil, input: 9_600_000_000, cachedInput: 0,
            output: 300_000_000),
        // One above: 128,001 × 0.15 = 19,200.15 µ$; 1,000 × 0.60 = 600 µ$.
        Case(
            model: "gemini-1.5-flash", prompt: 128_001, cached: 0, threshold: 128_000, input: 19_200_150_000,
            cachedInput: 0, output: 600_000_000),
        // 1.5 Pro at 128,000: 128,000 × 1.25 = 160,000 µ$; 1,000 × 5.00 = 5,000 µ$.
        Case(
            model: "gemini-1.5-pro", prompt: 128_000, cached: 0, threshold: nil, input: 160_000_000_000, cachedInput: 0,
            output: 5_000_000_000),
        // One above: 128,001 × 2.50 = 320,002.5 µ$; 1,000 × 10.00 = 10,000 µ$.
        Case(
            model: "gemini-1.5-pro", prompt: 128_001, cached: 0, threshold: 128_000, input: 320_002_500_000,
            cachedInput: 0, output: 10_000_000_000),
        // No tier for 2.5 Flash: 1,000,000 × 0.30 = 300,000 µ$; 1,000 × 2.50 = 2,500 µ$.
        Case(
            model: "gemini-2.5-flash", prompt: 1_000_000, cached: 0, threshold: nil, input: 300_000_000_000,
            cachedInput: 0, output: 2_500_000_000),
    ]

    @Test(arguments: cases)
    func boundaries(_ expected: Case) {
        let usage = TokenUsage.make(prompt: expected.prompt, cached: expected.cached, candidates: 1_000)
        for dialect in Dialect.allCases {
            let cost = PriceTable.default.cost(of: usage, model: expected.model, dialect: dialect)
            #expect(cost.tierThreshold == expected.threshold)
            #expect(cost.input == Money(picoUSD: expected.input))
            #expect(cost.cachedInput == Money(picoUSD: expected.cachedInput))
            #expect(cost.output == Money(picoUSD: expected.output))
            #expect(cost.total == Money(picoUSD: expected.total))
        }
    }

    /// With several tiers, the one with the highest threshold below the prompt applies.
    @Test(arguments: [
        (100, Int?.none, Int64(100)),
        (1_000, nil, 1_000),
        (1_001, 1_000, 2_002),
        (10_000, 1_000, 20_000),
        (10_001, 10_000, 30_003),
    ])
    func severalTiers(prompt: Int, threshold: Int?, input: Int64) throws {
        let table = try PriceTable(entries: [
            PriceEntry(
                model: "tiered",
                input: "0.000001",
                output: "0",
                cachedInput: nil,
                tiers: [
                    .init(promptTokensAbove: 10_000, input: "0.000003", output: "0", cachedInput: nil),
                    .init(promptTokensAbove: 1_000, input: "0.000002", output: "0", cachedInput: nil),
                ]
            )
        ])
        let cost = table.cost(of: .make(prompt: prompt), model: "tiered", dialect: .vertex)
        #expect(cost.tierThreshold == threshold)
        #expect(cost.input == Money(picoUSD: input))
    }
}
