import Pricing
import ProxyCore

extension AdviceWindow {
    /// Response-caching advice: one item per model and dialect with prompts sent again word for word.
    ///
    /// A prompt is the same when its text, tool parts and generation settings hash the same (see
    /// ``PromptFingerprint``). The saving is what the calls after the first actually cost: a
    /// response cache would have answered them.
    func responseCachingAdvice(projection: MonthlyProjection, configuration: CostAdvisor.Configuration)
        -> [CostAdviceItem]
    {
        var groups: [UInt64: (model: String, dialect: Dialect, prompts: Int, repeats: Int, tokens: Int, spend: Money)] =
            [:]
        for entry in prompts.entries.values where entry.count >= max(2, configuration.minimumRepeats) {
            let key = AdviceWindow.modelKey(entry.model, entry.dialect)
            var group = groups[key] ?? (entry.model, entry.dialect, 0, 0, 0, .zero)
            group.prompts += 1
            group.repeats += entry.count - 1
            group.tokens = saturatingAdd(group.tokens, entry.repeatTokens)
            group.spend += entry.repeatSpend
            groups[key] = group
        }
        return groups.compactMap { key, group in
            guard group.spend > .zero else { return nil }
            let calls = models.entries[key]?.count ?? group.repeats + group.prompts
            let text =
                "\(AdviceText.count(group.repeats)) of \(AdviceText.count(calls)) \(group.model) calls repeated "
                + "one of \(AdviceText.count(group.prompts)) earlier prompts word for word with the same settings; "
                + "a response cache would have answered them for nothing, where reusing an answer is acceptable."
            return CostAdviceItem(
                kind: .responseCaching,
                model: group.model,
                dialect: group.dialect,
                evidence: CostAdviceEvidence(
                    calls: calls, affectedCalls: group.repeats, tokens: group.tokens,
                    figures: [
                        CostAdviceFigure("repeats", Double(group.repeats)),
                        CostAdviceFigure("prompts", Double(group.prompts)),
                    ]
                ),
                windowSaving: group.spend,
                projection: projection,
                text: text
            )
        }
    }

    /// Advice from per-model figures: output caps, truncation, cheaper models and product listings.
    func modelAdvice(
        projection: MonthlyProjection,
        prices: PriceTable,
        configuration: CostAdvisor.Configuration
    ) -> [CostAdviceItem] {
        models.entries.values.flatMap { stats in
            [
                outputCap(stats, projection, prices, configuration),
                truncation(stats, projection, configuration),
                cheaperModel(stats, projection, configuration),
                listing(stats, projection, configuration),
            ].compactMap { $0 }
        }
    }

    /// A few calls ran far longer than the rest. The proposed cap is the bucket bound at or above
    /// ``CostAdvisor/Configuration/outputCapFactor`` × the 95th percentile of output tokens (see
    /// ``OutputHistogram``); the saving is the tokens the longer calls produced beyond the cap, at the
    /// model's base output price for the dialect (list price: service-tier multipliers and long-prompt
    /// tiers are not applied, since the histogram keeps token counts only).
    private func outputCap(
        _ stats: ModelStats,
        _ projection: MonthlyProjection,
        _ prices: PriceTable,
        _ configuration: CostAdvisor.Configuration
    ) -> CostAdviceItem? {
        guard stats.count >= configuration.minimumCalls,
            let p95 = stats.output.upperBound(atQuantile: 0.95),
            let cap = OutputHistogram.bound(atLeast: p95 * max(1, configuration.outputCapFactor)),
            let price = prices.prices(for: stats.model, dialect: stats.dialect)?.base.output
        else { return nil }
        let excess = stats.output.excess(above: cap)
        let saving = price.cost(of: excess.tokens)
        guard excess.calls > 0, saving > .zero else { return nil }
        let text =
            "\(AdviceText.count(excess.calls)) of \(AdviceText.count(stats.count)) \(stats.model) calls "
            + "produced more than \(AdviceText.count(cap)) output tokens "
            + "while 95% stayed under \(AdviceText.count(p95)); "
            + "setting maxOutputTokens to \(AdviceText.count(cap)) (and a thinking budget where thinking is on) "
            + "would have cut \(AdviceText.count(excess.tokens)) output tokens at \(price)."
        return CostAdviceItem(
            kind: .outputCap,
            model: stats.model,
            dialect: stats.dialect,
            evidence: CostAdviceEvidence(
                calls: stats.count, affectedCalls: excess.calls, tokens: excess.tokens,
                figures: [
                    CostAdviceFigure("p95_output_tokens", Double(p95)),
                    CostAdviceFigure("proposed_max_output_tokens", Double(cap)),
                    CostAdviceFigure("output_usd_per_million", price.perMillionUSD),
                ]
            ),
            windowSaving: saving,
            projection: projection,
            text: text
        )
    }

    /// Many calls stopped at `MAX_TOKENS`. Their answers are cut off, so the output they paid for
    /// (thinking included) bought an incomplete answer that is typically retried or discarded; the
    /// saving is that output spend, as actually billed.
    private func truncation(
        _ stats: ModelStats,
        _ projection: MonthlyProjection,
        _ configuration: CostAdvisor.Configuration
    ) -> CostAdviceItem? {
        guard stats.count >= configuration.minimumCalls, stats.truncatedSpend > .zero,
            Double(stats.truncatedCalls) >= configuration.truncationShare * Double(stats.count)
        else { return nil }
        let text =
            "\(AdviceText.count(stats.truncatedCalls)) of \(AdviceText.count(stats.count)) \(stats.model) calls "
            + "(\(AdviceText.percent(stats.truncatedCalls, of: stats.count))) stopped at MAX_TOKENS, so "
            + "\(AdviceText.usd(stats.truncatedSpend)) of output bought cut-off answers; ask for shorter answers, "
            + "lower the thinking budget, or raise maxOutputTokens only where complete answers need it."
        return CostAdviceItem(
            kind: .maxTokensTruncation,
            model: stats.model,
            dialect: stats.dialect,
            evidence: CostAdviceEvidence(
                calls: stats.count, affectedCalls: stats.truncatedCalls, tokens: stats.truncatedTokens,
                figures: [CostAdviceFigure("truncated_share", Double(stats.truncatedCalls) / Double(stats.count))]
            ),
            windowSaving: stats.truncatedSpend,
            projection: projection,
            text: text
        )
    }

    /// A model kept a high mean quality score. The saving is what its calls cost minus what the same
    /// token counts cost on the next cheaper model, at each call's own service-tier multiplier and
    /// prompt-length tier: the exact form of spend × (1 − cheaper price ÷ current price). It assumes
    /// the cheaper model uses as many tokens, which only a trial can confirm. Without scores there is
    /// no advice at all, never a zero.
    private func cheaperModel(
        _ stats: ModelStats,
        _ projection: MonthlyProjection,
        _ configuration: CostAdvisor.Configuration
    ) -> CostAdviceItem? {
        guard let cheaper = stats.cheaperModel, stats.scoredCalls >= max(1, configuration.minimumScoredCalls) else {
            return nil
        }
        let mean = stats.qualitySum / Double(stats.scoredCalls)
        let saving = Money(picoUSD: stats.listCost.picoUSD - stats.cheaperCost.picoUSD)
        guard mean >= configuration.qualityThreshold, saving > .zero else { return nil }
        let meanText = String(Double(Int((mean * 100).rounded())) / 100)
        let text =
            "\(stats.model) kept a mean quality score of \(meanText) over \(AdviceText.count(stats.scoredCalls)) "
            + "scored calls; the same tokens on \(cheaper) would have cost \(AdviceText.usd(stats.cheaperCost)) "
            + "instead of \(AdviceText.usd(stats.listCost)), so try it on part of the traffic and compare scores."
        return CostAdviceItem(
            kind: .cheaperModel,
            model: stats.model,
            dialect: stats.dialect,
            evidence: CostAdviceEvidence(
                calls: stats.count, affectedCalls: stats.repricedCalls, tokens: stats.repricedTokens,
                figures: [
                    CostAdviceFigure("scored_calls", Double(stats.scoredCalls)),
                    CostAdviceFigure("mean_quality", mean),
                ]
            ),
            windowSaving: saving,
            projection: projection,
            text: text,
            alternativeModel: cheaper
        )
    }

    /// Most prompts carry a product listing (see ``CatalogScanner``). The saving is what the listing
    /// tokens cost as billed (uncached at the input price, cached at the cached price, with the
    /// call's multiplier): retrieval that sends only the items a question needs removes nearly all of
    /// it. Caching the listing instead is the cheaper change; the two savings overlap and do not add.
    private func listing(
        _ stats: ModelStats,
        _ projection: MonthlyProjection,
        _ configuration: CostAdvisor.Configuration
    ) -> CostAdviceItem? {
        guard stats.count >= configuration.minimumCalls, stats.listingSpend > .zero,
            Double(stats.listingCalls) > configuration.listingShare * Double(stats.count)
        else { return nil }
        let meanTokens = stats.listingTokens / max(1, stats.listingCalls)
        let text =
            "\(AdviceText.count(stats.listingCalls)) of \(AdviceText.count(stats.count)) \(stats.model) calls "
            + "carry a product listing of about \(AdviceText.count(meanTokens)) tokens "
            + "(\(AdviceText.count(stats.listingItems)) items) in the prompt, "
            + "costing \(AdviceText.usd(stats.listingSpend)); "
            + "retrieving only the items a question needs would remove most of it, and caching it "
            + "(context_caching) is the smaller alternative, not an addition."
        return CostAdviceItem(
            kind: .catalogInPrompt,
            model: stats.model,
            dialect: stats.dialect,
            evidence: CostAdviceEvidence(
                calls: stats.count, affectedCalls: stats.listingCalls, tokens: stats.listingTokens,
                figures: [
                    CostAdviceFigure("listing_tokens", Double(meanTokens)),
                    CostAdviceFigure("listing_bytes", Double(stats.listingBytes)),
                    CostAdviceFigure("listing_items", Double(stats.listingItems)),
                ]
            ),
            windowSaving: stats.listingSpend,
            projection: projection,
            text: text
        )
    }
}
