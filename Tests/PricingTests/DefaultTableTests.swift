import Pricing
import ProxyCore
import Testing

/// Hand-computed costs for every model in the default table.
///
/// Each case bills the same usage: prompt 10,000 tokens of which 2,000 cached, 500 candidate tokens
/// and 1,500 thinking tokens. So 8,000 input tokens, 2,000 cached tokens and 2,000 output tokens
/// (1,500 of them thinking). A price of P USD/M is P × 10⁶ micro-USD/M, and N tokens cost
/// N × that many pico-USD.
@Suite struct DefaultTableTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var model: String
        var dialect: Dialect
        var input: Int64
        var cachedInput: Int64
        var output: Int64
        var thoughts: Int64
        var total: Int64

        var testDescription: String { "\(model) (\(dialect.rawValue))" }
    }

    static let usage = TokenUsage.make(prompt: 10_000, cached: 2_000, candidates: 500, thoughts: 1_500)

    static let cases: [Case] = Dialect.allCases.flatMap { dialect in
        [
            // 8,000 × 1.25 = 10,000 µ$; 2,000 × 0.125 = 250 µ$; 2,000 × 10.00 = 20,000 µ$;
            // thoughts 1,500 × 10.00 = 15,000 µ$.
            Case(
                model: "gemini-2.5-pro", dialect: dialect, input: 10_000_000_000, cachedInput: 250_000_000,
                output: 20_000_000_000, thoughts: 15_000_000_000, total: 30_250_000_000
            ),
            // 8,000 × 0.30 = 2,400 µ$; 2,000 × 0.03 = 60 µ$; 2,000 × 2.50 = 5,000 µ$; 1,500 × 2.50 = 3,750 µ$.
            Case(
                model: "gemini-2.5-flash", dialect: dialect, input: 2_400_000_000, cachedInput: 60_000_000,
                output: 5_000_000_000, thoughts: 3_750_000_000, total: 7_460_000_000
            ),
            // 8,000 × 0.10 = 800 µ$; 2,000 × 0.01 = 20 µ$; 2,000 × 0.40 = 800 µ$; 1,500 × 0.40 = 600 µ$.
            Case(
                model: "gemini-2.5-flash-lite", dialect: dialect, input: 800_000_000, cachedInput: 20_000_000,
                output: 800_000_000, thoughts: 600_000_000, total: 1_620_000_000
            ),
            dialect == .vertex
                // Vertex override: 8,000 × 0.15 = 1,200 µ$; 2,000 × 0.0375 = 75 µ$; 2,000 × 0.60 = 1,200 µ$;
                // thoughts 1,500 × 0.60 = 900 µ$.
                ? Case(
                    model: "gemini-2.0-flash", dialect: dialect, input: 1_200_000_000, cachedInput: 75_000_000,
                    output: 1_200_000_000, thoughts: 900_000_000, total: 2_475_000_000
                )
                // 8,000 × 0.10 = 800 µ$; 2,000 × 0.025 = 50 µ$; 2,000 × 0.40 = 800 µ$; 1,500 × 0.40 = 600 µ$.
                : Case(
                    model: "gemini-2.0-flash", dialect: dialect, input: 800_000_000, cachedInput: 50_000_000,
                    output: 800_000_000, thoughts: 600_000_000, total: 1_650_000_000
                ),
            // 8,000 × 0.075 = 600 µ$; 2,000 × 0.01875 = 37.5 µ$; 2,000 × 0.30 = 600 µ$; 1,500 × 0.30 = 450 µ$.
            Case(
                model: "gemini-2.0-flash-lite", dialect: dialect, input: 600_000_000, cachedInput: 37_500_000,
                output: 600_000_000, thoughts: 450_000_000, total: 1_237_500_000
            ),
            // No cached price: 2,000 cached tokens at the input price 0.075 = 150 µ$.
            Case(
                model: "gemini-1.5-flash", dialect: dialect, input: 600_000_000, cachedInput: 150_000_000,
                output: 600_000_000, thoughts: 450_000_000, total: 1_350_000_000
            ),
            // 8,000 × 1.25 = 10,000 µ$; 2,000 × 1.25 = 2,500 µ$ (no cached price); 2,000 × 5.00 = 10,000 µ$.
            Case(
                model: "gemini-1.5-pro", dialect: dialect, input: 10_000_000_000, cachedInput: 2_500_000_000,
                output: 10_000_000_000, thoughts: 7_500_000_000, total: 22_500_000_000
            ),
        ]
    }

    @Test(arguments: cases)
    func costs(_ expected: Case) {
        let cost = PriceTable.default.cost(of: Self.usage, model: expected.model, dialect: expected.dialect)
        #expect(cost.model == expected.model)
        #expect(cost.flags.isEmpty)
        #expect(cost.tierThreshold == nil)
        #expect(cost.multiplier == .one)
        #expect(cost.serviceTier == .onDemand)
        #expect(
            (cost.inputTokens, cost.cachedInputTokens, cost.outputTokens, cost.thoughtsTokens) == (
                8_000, 2_000, 2_000, 1_500
            ))
        #expect(cost.input == Money(picoUSD: expected.input))
        #expect(cost.cachedInput == Money(picoUSD: expected.cachedInput))
        #expect(cost.output == Money(picoUSD: expected.output))
        #expect(cost.thoughts == Money(picoUSD: expected.thoughts))
        #expect(cost.total == Money(picoUSD: expected.total))
        #expect(cost.total == cost.input + cost.cachedInput + cost.output)
    }

    @Test func everyPricedModelHasACase() {
        #expect(Set(Self.cases.map(\.model)) == Set(PriceTable.default.modelNames))
        #expect(PriceTable.default.modelNames.count == 7)
    }

    /// The table's prices, read back as decimal text, match gemini.md §8.
    @Test(arguments: [
        ("gemini-2.5-pro", Dialect.geminiAPI, "1.25", "10.00", "0.125"),
        ("gemini-2.5-flash", .vertex, "0.30", "2.50", "0.03"),
        ("gemini-2.5-flash-lite", .vertex, "0.10", "0.40", "0.01"),
        ("gemini-2.0-flash", .geminiAPI, "0.10", "0.40", "0.025"),
        ("gemini-2.0-flash", .vertex, "0.15", "0.60", "0.0375"),
        ("gemini-2.0-flash", .other, "0.10", "0.40", "0.025"),
        ("gemini-2.0-flash-lite", .vertex, "0.075", "0.30", "0.01875"),
    ])
    func basePrices(model: String, dialect: Dialect, input: String, output: String, cachedInput: String) throws {
        let prices = try #require(PriceTable.default.prices(for: model, dialect: dialect))
        #expect(prices.base.input.decimalText == input)
        #expect(prices.base.output.decimalText == output)
        #expect(prices.base.cachedInput?.decimalText == cachedInput)
    }

    @Test func defaultMultipliers() {
        let multipliers = PriceTable.default.multipliers
        #expect(multipliers.flex.description == "0.5")
        #expect(multipliers.batch.description == "0.5")
        #expect(multipliers.priority.description == "1.8")
        #expect(multipliers.multiplier(for: .provisionedThroughput) == .zero)
        #expect(multipliers.multiplier(for: .onDemand) == .one)
    }
}
