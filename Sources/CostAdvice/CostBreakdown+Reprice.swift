import Pricing
import ProxyCore

extension CostBreakdown {
    /// What the same token counts would cost at other rates, with this call's service-tier
    /// multiplier, by the rules of `PriceTable.cost(of:model:dialect:batch:estimated:)`: input,
    /// cached input and output each scaled and rounded, then summed.
    /// - Parameters:
    ///   - rates: The other model's rates for this call's prompt length.
    func repriced(at rates: PriceRates) -> Money {
        multiplier.apply(to: rates.input.cost(of: inputTokens))
            + multiplier.apply(to: rates.effectiveCachedInput.cost(of: cachedInputTokens))
            + multiplier.apply(to: rates.output.cost(of: outputTokens))
    }
}
