package import ProxyCore

extension PriceTable {
    /// The cost of one call, from its `usageMetadata`.
    ///
    /// Follows gemini.md §8 "Cost formula" and the §3 token arithmetic:
    /// - input = (`promptTokenCount` − `cachedContentTokenCount` + `toolUsePromptTokenCount`) × input
    ///   price, since `promptTokenCount` includes the cached tokens;
    /// - cached input = `cachedContentTokenCount` × cached price (the input price when the table has
    ///   none);
    /// - output = (`candidatesTokenCount` + `thoughtsTokenCount`) × output price, since candidates
    ///   exclude thoughts; ``CostBreakdown/thoughts`` is the thinking share of it;
    /// - the context-length tier is chosen from `promptTokenCount` alone;
    /// - each part is scaled by the service tier's multiplier and rounded to a whole pico-USD (see
    ///   ``PriceMultiplier``); the total is the sum of the rounded parts.
    ///
    /// Negative counts count as zero and cached tokens are capped at the prompt count, so malformed
    /// usage never produces a negative cost. An unknown model gives zero amounts flagged
    /// ``CostFlags/costUnknown``; provisioned throughput gives zero amounts flagged
    /// ``CostFlags/prepaid``.
    /// - Parameters:
    ///   - usage: The call's last usage block.
    ///   - model: The model name from the request path or `modelVersion`, in any spelling.
    ///   - dialect: The API the call used; a table entry may price dialects differently.
    ///   - batch: Whether the call was part of a batch job (the response does not say).
    ///   - estimated: Whether `usage` was estimated rather than reported.
    package func cost(
        of usage: TokenUsage,
        model: String,
        dialect: Dialect,
        batch: Bool = false,
        estimated: Bool = false
    ) -> CostBreakdown {
        let serviceTier = ServiceTier(trafficType: usage.trafficType, batch: batch)
        let multiplier = multipliers.multiplier(for: serviceTier)
        let prompt = max(0, usage.promptTokens)
        let cached = min(max(0, usage.cachedContentTokens), prompt)
        let inputTokens = saturatingSum(prompt - cached, max(0, usage.toolUsePromptTokens))
        let thoughtsTokens = max(0, usage.thoughtsTokens)
        let outputTokens = saturatingSum(max(0, usage.candidatesTokens), thoughtsTokens)

        var flags: CostFlags = estimated ? .estimated : []
        if serviceTier.isPrepaid { flags.insert(.prepaid) }
        let priced = resolve(model)
        if priced == nil { flags.insert(.costUnknown) }
        let selected = priced?.prices(for: dialect).rates(promptTokens: prompt)
        let rates = selected?.rates

        func bill(_ tokens: Int, _ price: TokenPrice?) -> Money {
            guard let price else { return .zero }
            return multiplier.apply(to: price.cost(of: tokens))
        }
        let input = bill(inputTokens, rates?.input)
        let cachedInput = bill(cached, rates?.effectiveCachedInput)
        let output = bill(outputTokens, rates?.output)
        return CostBreakdown(
            model: priced?.model ?? ModelName.normalize(model),
            dialect: dialect,
            serviceTier: serviceTier,
            multiplier: multiplier,
            tierThreshold: selected?.tierThreshold,
            flags: flags,
            inputTokens: inputTokens,
            cachedInputTokens: cached,
            outputTokens: outputTokens,
            thoughtsTokens: thoughtsTokens,
            input: input,
            cachedInput: cachedInput,
            output: output,
            thoughts: bill(thoughtsTokens, rates?.output),
            total: input + cachedInput + output
        )
    }

    /// The cost of one call from estimated or measured usage; carries ``CostFlags/estimated`` when
    /// the usage was estimated.
    /// - Parameters:
    ///   - usage: Usage and whether it is an estimate, e.g. from
    ///     ``UsageEstimate/abortedStream(requestBodyBytes:responseText:thoughtCharacters:seen:)``.
    ///   - model: The model name, in any spelling.
    ///   - dialect: The API the call used.
    ///   - batch: Whether the call was part of a batch job.
    package func cost(of usage: UsageEstimate, model: String, dialect: Dialect, batch: Bool = false) -> CostBreakdown {
        cost(of: usage.usage, model: model, dialect: dialect, batch: batch, estimated: usage.isEstimated)
    }
}

/// `a + b` for non-negative counts, clamped at `Int.max` instead of trapping.
func saturatingSum(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? .max : sum
}
