import Pricing
import ProxyCore

extension AdviceWindow {
    /// Context-caching advice: one item per model and dialect whose repeated prefixes qualify.
    ///
    /// Prefix fingerprints of one prompt family form a tree (each cut's parent is the next shorter
    /// cut), and a call sharing a long prefix also shares every shorter one, so their savings must
    /// not be added up. A prefix qualifies when it was seen at least `minimumRepeats` times, its mean
    /// estimated length reaches the model's minimum cacheable size,
    /// and its saving is positive; its saving is `(R − 1)` calls' prefix tokens (less tokens already
    /// cached) × (input price − cached input price) × the call's service-tier multiplier, the first
    /// of the `R` calls paying full price to fill the cache. Going from the longest cuts to the
    /// shortest, each node keeps the better of caching itself or what its children save, so the
    /// result is the best set of non-nested prefixes. Explicit caches also bill storage per hour; the
    /// price table has no storage price, so none is subtracted, and the advice says so.
    /// - Parameters:
    ///   - projection: How the window scales to a month.
    ///   - prices: The price table, for the prices quoted in the text.
    ///   - configuration: Thresholds.
    func contextCachingAdvice(
        projection: MonthlyProjection,
        prices: PriceTable,
        configuration: CostAdvisor.Configuration
    ) -> [CostAdviceItem] {
        let entries = prefixes.entries
        var best: [UInt64: Money] = [:]
        var childTotal: [UInt64: Money] = [:]
        var children: [UInt64: [UInt64]] = [:]
        var cachesItself: Set<UInt64> = []
        var roots: [UInt64] = []
        let longestFirst = entries.sorted { ($0.value.bytes, $0.key) > ($1.value.bytes, $1.key) }
        for (key, entry) in longestFirst {
            let own = qualifies(entry, configuration) ? entry.repeatSaving : .zero
            let fromChildren = childTotal[key] ?? .zero
            if own > .zero, own >= fromChildren {
                cachesItself.insert(key)
                best[key] = own
            } else {
                best[key] = fromChildren
            }
            if let parent = entry.parent, entries[parent] != nil {
                childTotal[parent, default: .zero] += best[key] ?? .zero
                children[parent, default: []].append(key)
            } else {
                roots.append(key)
            }
        }

        var chosen: [UInt64: [PrefixEntry]] = [:]
        var pending = roots
        while let key = pending.popLast() {
            guard let entry = entries[key], (best[key] ?? .zero) > .zero else { continue }
            if cachesItself.contains(key) {
                chosen[AdviceWindow.modelKey(entry.model, entry.dialect), default: []].append(entry)
            } else {
                pending += children[key] ?? []
            }
        }
        return chosen.values.compactMap {
            item(for: $0, projection: projection, prices: prices, configuration: configuration)
        }
    }

    private func qualifies(_ entry: PrefixEntry, _ configuration: CostAdvisor.Configuration) -> Bool {
        entry.count >= max(2, configuration.minimumRepeats)
            && entry.meanPrefixTokens >= configuration.cachingMinimum(for: entry.model)
            && entry.repeatSaving > .zero
    }

    private func item(
        for chosen: [PrefixEntry],
        projection: MonthlyProjection,
        prices: PriceTable,
        configuration: CostAdvisor.Configuration
    ) -> CostAdviceItem? {
        guard let top = chosen.max(by: { ($0.repeatSaving, $0.bytes) < ($1.repeatSaving, $1.bytes) }) else {
            return nil
        }
        let model = top.model
        let dialect = top.dialect
        let repeats = chosen.reduce(0) { $0 + $1.count - 1 }
        let tokens = chosen.reduce(0) { saturatingAdd($0, $1.repeatTokens) }
        let saving = chosen.reduce(Money.zero) { $0 + $1.repeatSaving }
        let calls = models.entries[AdviceWindow.modelKey(model, dialect)]?.count ?? top.count
        let rates = prices.prices(for: model, dialect: dialect)?.base
        var figures = [
            CostAdviceFigure("repeats", Double(repeats)),
            CostAdviceFigure("prefixes", Double(chosen.count)),
            CostAdviceFigure("prefix_tokens", Double(top.meanPrefixTokens)),
            CostAdviceFigure("prefix_bytes", Double(top.bytes)),
            CostAdviceFigure("minimum_cacheable_tokens", Double(configuration.cachingMinimum(for: model))),
        ]
        var priceText = "the cached price"
        if let rates {
            figures.append(CostAdviceFigure("input_usd_per_million", rates.input.perMillionUSD))
            figures.append(CostAdviceFigure("cached_input_usd_per_million", rates.effectiveCachedInput.perMillionUSD))
            priceText = "\(rates.effectiveCachedInput) instead of \(rates.input)"
        }
        let whole = top.endsMessage ? " (whole leading messages)" : ""
        let shape =
            chosen.count == 1
            ? "The same \(AdviceText.count(top.meanPrefixTokens))-token prompt prefix\(whole)"
            : "\(chosen.count) prompt prefixes of up to \(AdviceText.count(top.meanPrefixTokens)) tokens"
        let text =
            "\(shape) opened \(AdviceText.count(repeats + chosen.count)) of \(AdviceText.count(calls)) "
            + "\(model) calls; keeping it first and byte-identical lets implicit caching bill the "
            + "\(AdviceText.count(repeats)) repeats at \(priceText) (an explicit cache does the same but also "
            + "bills storage per hour, a price the price table does not hold, so it is not subtracted here)."
        return CostAdviceItem(
            kind: .contextCaching,
            model: model,
            dialect: dialect,
            evidence: CostAdviceEvidence(calls: calls, affectedCalls: repeats, tokens: tokens, figures: figures),
            windowSaving: saving,
            projection: projection,
            text: text
        )
    }
}
