import Pricing
import ProxyCore

/// Everything observed in one window, in bounded tables: leading-content fingerprints, whole-prompt
/// fingerprints and per-model figures.
struct AdviceWindow: Sendable {
    /// When the window began, in seconds.
    let start: Double
    /// Calls observed.
    private(set) var calls = 0
    var prefixes: BoundedTable<PrefixEntry>
    var prompts: BoundedTable<PromptEntry>
    var models: BoundedTable<ModelStats>

    /// An empty window.
    /// - Parameters:
    ///   - start: When it begins, in seconds.
    ///   - configuration: The table capacities.
    init(start: Double, configuration: CostAdvisor.Configuration) {
        self.start = start
        prefixes = BoundedTable(capacity: configuration.prefixCapacity)
        prompts = BoundedTable(capacity: configuration.promptCapacity)
        models = BoundedTable(capacity: configuration.modelCapacity)
    }

    /// The key of a model and dialect in ``models``.
    static func modelKey(_ model: String, _ dialect: Dialect) -> UInt64 {
        var hash = FNV1a()
        hash.combine(model)
        hash.combine(0x1F)
        hash.combine(dialect.rawValue)
        return hash.value
    }

    /// Records one call.
    ///
    /// Token estimates: a prefix (or a listing) of `b` text bytes is taken to hold
    /// `promptTokenCount × b ÷ d` tokens, rounded down, where `d` is the larger of the request body
    /// size and the prompt's total text bytes. The body includes JSON framing, tool declarations and
    /// any media, so the share is an underestimate when those are large, never an overestimate; a
    /// prefix that is the whole system instruction gets that instruction's share. Tokens the
    /// response reports as already cached (`cachedContentTokenCount`) are subtracted from each
    /// prefix estimate, since they already cost the cached price.
    /// - Parameters:
    ///   - observation: The call.
    ///   - resolved: Its resolved model and price entry.
    ///   - cheaper: The price entry of the next cheaper model, if the ladder names one.
    ///   - configuration: Thresholds and bounds.
    ///   - ladder: The clean prefix ladder.
    mutating func observe(
        _ observation: CostObservation,
        model resolved: ResolvedModel,
        cheaper cheaperModel: PricedModel?,
        configuration: CostAdvisor.Configuration,
        ladder: [Int]
    ) {
        let model = resolved.name
        let dialect = observation.dialect
        let cost = observation.cost
        let time = observation.time
        let promptTokens = max(0, observation.usage.promptTokens)
        let cachedTokens = min(max(0, observation.usage.cachedContentTokens), promptTokens)
        let rates =
            cost.isCostUnknown
            ? nil : resolved.priced?.prices(for: dialect).rates(promptTokens: promptTokens).rates
        calls += 1

        let fingerprint = observation.prompt.map {
            PromptFingerprint(
                of: $0, model: model, dialect: dialect, ladder: ladder,
                boundaryMessages: configuration.boundaryMessages
            )
        }
        let denominator = max(1, observation.requestBytes, fingerprint?.textBytes ?? 0)
        func share(_ bytes: Int) -> Int { Int(Int128(promptTokens) * Int128(bytes) / Int128(denominator)) }

        let listing = observation.prompt.map {
            CatalogScanner.scan(
                $0, minimumBytes: configuration.listingMinimumBytes,
                minimumItems: configuration.listingMinimumItems
            )
        }
        let cheaper = cheaperModel?.model
        let cheaperRates = cheaperModel?.prices(for: dialect).rates(promptTokens: promptTokens)

        models.update(AdviceWindow.modelKey(model, dialect), orInsert: ModelStats(model: model, dialect: dialect)) {
            stats in
            stats.count += 1
            stats.lastSeen = max(stats.lastSeen, time)
            stats.spend += cost.total
            stats.output.record(cost.outputTokens)
            if observation.finishReasons.contains(where: { $0.uppercased() == "MAX_TOKENS" }) {
                stats.truncatedCalls += 1
                stats.truncatedTokens = saturatingAdd(stats.truncatedTokens, cost.outputTokens)
                stats.truncatedSpend += cost.output
            }
            if let score = observation.qualityScore, score.isFinite {
                stats.scoredCalls += 1
                stats.qualitySum += min(1, max(0, score))
            }
            if let cheaper, cheaper != model, let cheaperRates, rates != nil {
                stats.cheaperModel = cheaper
                stats.repricedCalls += 1
                stats.repricedTokens = saturatingAdd(
                    stats.repricedTokens,
                    saturatingAdd(cost.inputTokens, saturatingAdd(cost.cachedInputTokens, cost.outputTokens))
                )
                stats.listCost += cost.total
                stats.cheaperCost += cost.repriced(at: cheaperRates.rates)
            }
            if let listing, listing.bytes > 0 {
                let tokens = share(listing.bytes)
                let cachedPart = min(tokens, cachedTokens)
                stats.listingCalls += 1
                stats.listingTokens = saturatingAdd(stats.listingTokens, tokens)
                stats.listingBytes = max(stats.listingBytes, listing.bytes)
                stats.listingItems = max(stats.listingItems, listing.items)
                if let rates {
                    stats.listingSpend += cost.multiplier.apply(to: rates.input.cost(of: tokens - cachedPart))
                    stats.listingSpend += cost.multiplier.apply(to: rates.effectiveCachedInput.cost(of: cachedPart))
                }
            }
        }

        guard let fingerprint else { return }
        let gap = rates.map {
            TokenPrice(
                microUSDPerMillion: max(0, $0.input.microUSDPerMillion - $0.effectiveCachedInput.microUSDPerMillion))
        }
        var parent: UInt64?
        for cut in fingerprint.cuts {
            let tokens = share(cut.bytes)
            let savable = max(0, tokens - cachedTokens)
            let saving = gap.map { cost.multiplier.apply(to: $0.cost(of: savable)) } ?? .zero
            let fresh = PrefixEntry(
                model: model, dialect: dialect, bytes: cut.bytes, endsMessage: cut.endsMessage, parent: parent
            )
            prefixes.update(cut.fingerprint, orInsert: fresh) {
                $0.record(time: time, prefixTokens: tokens, savableTokens: savable, saving: saving)
            }
            parent = cut.fingerprint
        }
        prompts.update(fingerprint.whole, orInsert: PromptEntry(model: model, dialect: dialect)) {
            $0.record(time: time, cost: cost.total, tokens: max(0, observation.usage.totalTokens))
        }
    }
}
