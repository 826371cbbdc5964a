import Pricing
import ProxyCore
import Testing

@Suite struct CostTests {
    /// gemini-2.5-flash, 1,000 prompt tokens and 100 output tokens, by traffic type and batch hint.
    /// List: 1,000 × 0.30 = 300 µ$ input, 100 × 2.50 = 250 µ$ output.
    @Test(arguments: [
        (String?.none, false, "on_demand", "1", Int64(300_000_000), Int64(250_000_000)),
        ("ON_DEMAND", false, "on_demand", "1", 300_000_000, 250_000_000),
        ("TRAFFIC_TYPE_UNSPECIFIED", false, "on_demand", "1", 300_000_000, 250_000_000),
        ("SOMETHING_NEW", false, "on_demand", "1", 300_000_000, 250_000_000),
        ("ON_DEMAND_FLEX", false, "flex", "0.5", 150_000_000, 125_000_000),
        ("on_demand_flex", false, "flex", "0.5", 150_000_000, 125_000_000),
        // Priority 1.8×: 0.54 and 4.50 per million, as gemini.md §8 says.
        ("ON_DEMAND_PRIORITY", false, "priority", "1.8", 540_000_000, 450_000_000),
        (nil, true, "batch", "0.5", 150_000_000, 125_000_000),
        ("ON_DEMAND", true, "batch", "0.5", 150_000_000, 125_000_000),
        ("ON_DEMAND_PRIORITY", true, "batch", "0.5", 150_000_000, 125_000_000),
        ("PROVISIONED_THROUGHPUT", false, "provisioned_throughput", "0", 0, 0),
        ("PROVISIONED_THROUGHPUT", true, "provisioned_throughput", "0", 0, 0),
    ])
    func trafficTypes(
        trafficType: String?,
        batch: Bool,
        tier: String,
        multiplier: String,
        input: Int64,
        output: Int64
    ) {
        let usage = TokenUsage.make(prompt: 1_000, candidates: 100, trafficType: trafficType)
        let cost = PriceTable.default.cost(of: usage, model: "gemini-2.5-flash", dialect: .vertex, batch: batch)
        #expect(cost.serviceTier.name == tier)
        #expect(cost.multiplier.description == multiplier)
        #expect(cost.input == Money(picoUSD: input))
        #expect(cost.output == Money(picoUSD: output))
        #expect(cost.total == Money(picoUSD: input + output))
        #expect(cost.isPrepaid == (tier == "provisioned_throughput"))
        #expect(cost.flags == (cost.isPrepaid ? .prepaid : []))
        #expect(!cost.isCostUnknown)
    }

    /// Thinking is billed as output and reported separately inside it.
    @Test(arguments: [
        // 0 candidates, 1,000 thoughts: 1,000 × 2.50 = 2,500 µ$, all of it thinking.
        (0, 1_000, String?.none, Int64(2_500_000_000), Int64(2_500_000_000)),
        // 100 + 1,000 = 1,100 × 2.50 = 2,750 µ$; thoughts 2,500 µ$.
        (100, 1_000, nil, 2_750_000_000, 2_500_000_000),
        // Priority: 2,750 × 1.8 = 4,950 µ$; thoughts 2,500 × 1.8 = 4,500 µ$.
        (100, 1_000, "ON_DEMAND_PRIORITY", 4_950_000_000, 4_500_000_000),
        // Flex: 1,375 µ$ and 1,250 µ$.
        (100, 1_000, "ON_DEMAND_FLEX", 1_375_000_000, 1_250_000_000),
        (100, 0, nil, 250_000_000, 0),
    ])
    func thoughts(candidates: Int, thoughts: Int, trafficType: String?, output: Int64, thoughtsCost: Int64) {
        let usage = TokenUsage.make(candidates: candidates, thoughts: thoughts, trafficType: trafficType)
        let cost = PriceTable.default.cost(of: usage, model: "gemini-2.5-flash", dialect: .geminiAPI)
        #expect(cost.outputTokens == candidates + thoughts)
        #expect(cost.thoughtsTokens == thoughts)
        #expect(cost.output == Money(picoUSD: output))
        #expect(cost.thoughts == Money(picoUSD: thoughtsCost))
        #expect(cost.total == cost.output)
    }

    /// Cached tokens are part of `promptTokenCount`; tool-use prompt tokens are not, and bill as input.
    @Test(arguments: [
        // 1,000 prompt, 0 cached: 1,000 × 0.30 = 300 µ$.
        (1_000, 0, 0, 1_000, 0, Int64(300_000_000), Int64(0)),
        // 1,000 prompt, 400 cached: 600 × 0.30 = 180 µ$; 400 × 0.03 = 12 µ$.
        (1_000, 400, 0, 600, 400, 180_000_000, 12_000_000),
        // All cached: 1,000 × 0.03 = 30 µ$.
        (1_000, 1_000, 0, 0, 1_000, 0, 30_000_000),
        // Tool use: (1,000 − 400 + 200) × 0.30 = 240 µ$.
        (1_000, 400, 200, 800, 400, 240_000_000, 12_000_000),
        // Malformed: more cached than prompt caps at the prompt.
        (100, 500, 0, 0, 100, 0, 3_000_000),
        // Malformed: negative counts count as zero.
        (-5, -5, -5, 0, 0, 0, 0),
    ])
    func cachedAndToolUse(
        prompt: Int,
        cached: Int,
        toolUse: Int,
        inputTokens: Int,
        cachedTokens: Int,
        input: Int64,
        cachedInput: Int64
    ) {
        let usage = TokenUsage.make(prompt: prompt, cached: cached, toolUse: toolUse)
        let cost = PriceTable.default.cost(of: usage, model: "gemini-2.5-flash", dialect: .vertex)
        #expect(cost.inputTokens == inputTokens)
        #expect(cost.cachedInputTokens == cachedTokens)
        #expect(cost.input == Money(picoUSD: input))
        #expect(cost.cachedInput == Money(picoUSD: cachedInput))
        #expect(cost.total == Money(picoUSD: input + cachedInput))
    }

    @Test(arguments: [
        ("gemini-3-ultra", "gemini-3-ultra", String?.none, CostFlags.costUnknown),
        ("models/Gemini-3-Ultra", "gemini-3-ultra", nil, .costUnknown),
        (
            "publishers/google/models/gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-preview-09-2025", nil,
            .costUnknown
        ),
        ("tunedModels/mine", "tunedmodels/mine", nil, .costUnknown),
        ("gemini-3-ultra", "gemini-3-ultra", "PROVISIONED_THROUGHPUT", CostFlags([.costUnknown, .prepaid])),
    ])
    func unknownModelIsFlaggedNeverFree(name: String, normalized: String, trafficType: String?, flags: CostFlags) {
        let usage = TokenUsage.make(prompt: 1_000, cached: 100, candidates: 100, thoughts: 10, trafficType: trafficType)
        let cost = PriceTable.default.cost(of: usage, model: name, dialect: .vertex)
        #expect(cost.model == normalized)
        #expect(cost.flags == flags)
        #expect(cost.isCostUnknown)
        #expect(cost.tierThreshold == nil)
        #expect(cost.total == .zero)
        #expect(
            (cost.inputTokens, cost.cachedInputTokens, cost.outputTokens, cost.thoughtsTokens) == (900, 100, 110, 10))
        #expect(cost.flags.names.contains("cost_unknown"))
    }

    /// The resolved name is the table's, whatever the spelling.
    @Test(arguments: [
        ("models/gemini-2.0-flash-001", Dialect.geminiAPI, "gemini-2.0-flash", Int64(100_000_000)),
        (
            "projects/p/locations/global/publishers/google/models/gemini-2.0-flash-001", .vertex, "gemini-2.0-flash",
            150_000_000
        ),
        ("gemini-2.0-flash-002", .vertex, "gemini-2.0-flash", 150_000_000),
        ("gemini-2.0-flash", .other, "gemini-2.0-flash", 100_000_000),
    ])
    func aliasesAndDialectOverrides(name: String, dialect: Dialect, model: String, input: Int64) {
        let cost = PriceTable.default.cost(of: .make(prompt: 1_000), model: name, dialect: dialect)
        #expect(cost.model == model)
        #expect(cost.dialect == dialect)
        #expect(cost.input == Money(picoUSD: input))
    }

    /// A partial dialect override keeps the entry's other prices and its tiers.
    @Test(arguments: [
        // Developer API cached 0.3125: 1,000 × 1.25 + 1,000 × 0.3125 = 1,250 + 312.5 µ$.
        (Dialect.geminiAPI, 2_000, Int64(1_250_000_000), Int64(312_500_000), Int?.none),
        (.vertex, 2_000, 1_250_000_000, 125_000_000, nil),
        // Above 200k the inherited tier applies: 100,001 × 2.50, 100,000 × 0.25.
        (.geminiAPI, 200_001, 250_002_500_000, 25_000_000_000, 200_000),
    ])
    func partialOverride(dialect: Dialect, prompt: Int, input: Int64, cachedInput: Int64, threshold: Int?) throws {
        var entry = PriceEntry.defaults.first { $0.model == "gemini-2.5-pro" }!
        entry.dialects = [.geminiAPI: .init(cachedInput: "0.3125")]
        let table = try PriceTable(entries: [entry])
        let usage = TokenUsage.make(prompt: prompt, cached: prompt == 2_000 ? 1_000 : 100_000)
        let cost = table.cost(of: usage, model: "gemini-2.5-pro", dialect: dialect)
        #expect(cost.input == Money(picoUSD: input))
        #expect(cost.cachedInput == Money(picoUSD: cachedInput))
        #expect(cost.tierThreshold == threshold)
    }

    /// Multipliers round each part to the nearest pico-USD, halves up; the total is the sum of parts.
    @Test(arguments: [
        // 3 tokens × 1 µ$/M = 3 p$; × 0.5 = 1.5 → 2.
        ("ON_DEMAND_FLEX", 3, Int64(2)),
        ("ON_DEMAND_FLEX", 4, 2),
        // 7 p$ × 1.8 = 12.6 → 13.
        ("ON_DEMAND_PRIORITY", 7, 13),
        // 3 p$ × 1.8 = 5.4 → 5.
        ("ON_DEMAND_PRIORITY", 3, 5),
    ])
    func multiplierRounding(trafficType: String, tokens: Int, picoUSD: Int64) throws {
        let table = try PriceTable(entries: [
            PriceEntry(model: "tiny", input: "0.000001", output: "0.000001", cachedInput: nil)
        ])
        let usage = TokenUsage.make(prompt: tokens, candidates: tokens, trafficType: trafficType)
        let cost = table.cost(of: usage, model: "tiny", dialect: .vertex)
        #expect(cost.input == Money(picoUSD: picoUSD))
        #expect(cost.output == Money(picoUSD: picoUSD))
        #expect(cost.total == Money(picoUSD: 2 * picoUSD))
    }

    @Test func customMultipliers() throws {
        let multipliers = TrafficMultipliers(
            flex: try PriceMultiplier(parsing: "0.6"),
            batch: .half,
            priority: try PriceMultiplier(parsing: "2")
        )
        let table = try PriceTable(entries: PriceEntry.defaults, multipliers: multipliers)
        // 1,000 × 0.30 = 300 µ$ → flex 180 µ$, priority 600 µ$.
        let flex = table.cost(
            of: .make(prompt: 1_000, trafficType: "ON_DEMAND_FLEX"), model: "gemini-2.5-flash", dialect: .vertex)
        #expect(flex.input == Money(picoUSD: 180_000_000))
        let priority = table.cost(
            of: .make(prompt: 1_000, trafficType: "ON_DEMAND_PRIORITY"), model: "gemini-2.5-flash", dialect: .vertex)
        #expect(priority.input == Money(picoUSD: 600_000_000))
    }

    /// Aggregating many calls' costs stays exact.
    @Test func aggregationOverCalls() {
        // One call: 2.0 Flash-Lite, 1 cached token and 1 uncached, flex: (18,750 + 75,000) / 2 = 46,875 p$.
        let usage = TokenUsage.make(prompt: 2, cached: 1, trafficType: "ON_DEMAND_FLEX")
        let one = PriceTable.default.cost(of: usage, model: "gemini-2.0-flash-lite", dialect: .vertex).total
        #expect(one == Money(picoUSD: 46_875))
        var total = Money.zero
        for _ in 0..<1_000_000 { total += one }
        #expect(total == Money(picoUSD: 46_875_000_000))
        #expect(total.decimalText == "0.046875")
    }
}
