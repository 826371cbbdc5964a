package import ProxyCore

/// What one call cost, part by part, with the prices and flags behind it.
///
/// `total = input + cachedInput + output`; ``thoughts`` is the share of ``output`` spent on thinking,
/// reported separately and not added again.
package struct CostBreakdown: Sendable, Hashable {
    /// The model name used for pricing: the table's name when priced (`gemini-2.0-flash` for
    /// `models/gemini-2.0-flash-001`), else the normalized spelling, to warn about once per model.
    package var model: String
    /// The dialect whose prices applied.
    package var dialect: Dialect
    /// How the call was billed.
    package var serviceTier: ServiceTier
    /// The factor applied to list prices: 1 on demand, 1/2 flex and batch, 9/5 priority, 0 prepaid.
    package var multiplier: PriceMultiplier
    /// The context-length tier's threshold (`200000`), or nil when the base prices applied.
    package var tierThreshold: Int?
    /// Conditions on the figures: estimated, cost unknown, prepaid.
    package var flags: CostFlags

    /// Uncached prompt tokens plus tool-use prompt tokens.
    package var inputTokens: Int
    /// Prompt tokens served from the context cache.
    package var cachedInputTokens: Int
    /// Candidate tokens plus thinking tokens.
    package var outputTokens: Int
    /// Thinking tokens (part of ``outputTokens``).
    package var thoughtsTokens: Int

    /// Cost of ``inputTokens``.
    package var input: Money
    /// Cost of ``cachedInputTokens``.
    package var cachedInput: Money
    /// Cost of ``outputTokens``, thinking included.
    package var output: Money
    /// Cost of ``thoughtsTokens``, already part of ``output``.
    package var thoughts: Money
    /// `input + cachedInput + output`.
    package var total: Money

    /// Whether token counts were estimated.
    package var isEstimated: Bool { flags.contains(.estimated) }
    /// Whether the model had no price; amounts are then zero and mean "not known".
    package var isCostUnknown: Bool { flags.contains(.costUnknown) }
    /// Whether the call was prepaid (provisioned throughput); amounts are then zero by design.
    package var isPrepaid: Bool { flags.contains(.prepaid) }
}
