import ProxyCore

extension PriceTable {
    /// The built-in table: ``PriceEntry/defaults`` with ``TrafficMultipliers/default``.
    package static let `default`: PriceTable = {
        do {
            return try PriceTable(entries: PriceEntry.defaults)
        } catch {
            preconditionFailure("the built-in price table is invalid: \(error)")
        }
    }()
}

extension PriceEntry {
    /// Documented default prices for Gemini models: USD per million tokens, standard on-demand, text.
    ///
    /// Source: gemini.md §8 "Prices", researched with that reference's source snapshot of 2026-08-22.
    /// Its figures come from a published open-source price list (undated JSON inside package release
    /// 1.110.2, the latest on the day of research, for the 2.5 models; releases 1.80.0 and 1.74.0 for
    /// the 2.0 and 1.5 models, which the later release dropped). That list cites Google's pricing
    /// pages, cloud.google.com/vertex-ai/generative-ai/pricing and ai.google.dev/gemini-api/docs/pricing.
    /// The sources disagree in places, so treat these as a starting point and keep real prices in
    /// configuration.
    ///
    /// - Output prices include thinking tokens (gemini.md §8: "Output (includes thinking)").
    /// - Tiers: 2.5 Pro charges more above 200k prompt tokens, the 1.5 models above 128k.
    /// - Dialects: only 2.0 Flash differs; on Vertex it is 0.15 / 0.60, cached 0.0375.
    /// - Not handled: audio input prices (2.5 Flash 1.00, 2.5 Flash-Lite 0.30, 2.0 Flash 0.70) and the
    ///   Vertex per-character prices of the 1.5 models; audio tokens are billed at the text price.
    /// - The 1.5 models are retired upstream and have no cached price here, so cached tokens cost the
    ///   full input price. Their Vertex entry for 1.5 Flash above 128k (1.00) looked like an error, so
    ///   the Developer API figure (0.15) is used for both dialects.
    package static let defaults: [PriceEntry] = [
        PriceEntry(
            model: "gemini-2.5-pro",
            input: "1.25",
            output: "10.00",
            cachedInput: "0.125",
            tiers: [Tier(promptTokensAbove: 200_000, input: "2.50", output: "15.00", cachedInput: "0.25")]
        ),
        PriceEntry(model: "gemini-2.5-flash", input: "0.30", output: "2.50", cachedInput: "0.03"),
        PriceEntry(model: "gemini-2.5-flash-lite", input: "0.10", output: "0.40", cachedInput: "0.01"),
        PriceEntry(
            model: "gemini-2.0-flash",
            aliases: ["gemini-2.0-flash-001"],
            input: "0.10",
            output: "0.40",
            cachedInput: "0.025",
            dialects: [.vertex: Override(input: "0.15", output: "0.60", cachedInput: "0.0375")]
        ),
        PriceEntry(
            model: "gemini-2.0-flash-lite",
            aliases: ["gemini-2.0-flash-lite-001"],
            input: "0.075",
            output: "0.30",
            cachedInput: "0.01875"
        ),
        PriceEntry(
            model: "gemini-1.5-flash",
            aliases: ["gemini-1.5-flash-001", "gemini-1.5-flash-002"],
            input: "0.075",
            output: "0.30",
            cachedInput: nil,
            tiers: [Tier(promptTokensAbove: 128_000, input: "0.15", output: "0.60", cachedInput: nil)]
        ),
        PriceEntry(
            model: "gemini-1.5-pro",
            aliases: ["gemini-1.5-pro-001", "gemini-1.5-pro-002"],
            input: "1.25",
            output: "5.00",
            cachedInput: nil,
            tiers: [Tier(promptTokensAbove: 128_000, input: "2.50", output: "10.00", cachedInput: nil)]
        ),
    ]
}
