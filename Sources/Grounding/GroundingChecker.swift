/// Checks the product IDs in an answer against a catalog: unknown IDs, names and prices next to
/// IDs that contradict the catalog, and recommendation intent without any valid product.
///
/// Pure: values in, a `GroundingReport` out. Tool and function-call text is checked like the answer.
package struct GroundingChecker: Sendable {
    package let configuration: GroundingConfiguration
    let extractor: ProductMentionExtractor
    private let answerCues: PhraseList
    private let questionCues: PhraseList

    /// A checker.
    /// - Parameters:
    ///   - configuration: Patterns, window, tolerances and cue lists.
    package init(configuration: GroundingConfiguration = .default) {
        self.configuration = configuration
        self.extractor = ProductMentionExtractor(configuration: configuration.extraction)
        self.answerCues = PhraseList(configuration.answerIntentCues)
        self.questionCues = PhraseList(configuration.questionIntentCues)
    }

    /// Checks one answer.
    /// - Parameters:
    ///   - text: The final answer text (a stream's text concatenated).
    ///   - catalog: The products IDs are checked against.
    ///   - toolTexts: Function-call arguments and tool results that belong to the answer.
    ///   - userText: The user's question, for recommendation intent.
    package func check(text: String, catalog: Catalog, toolTexts: [String] = [], userText: String? = nil) -> GroundingReport {
        var checked = checkText(text, source: .answer, catalog: catalog)
        for (index, toolText) in toolTexts.enumerated() {
            checked += checkText(toolText, source: .tool(index), catalog: catalog)
        }
        var counts = GroundingCounts()
        counts.mentions = checked.count
        for item in checked {
            if item.isValidID { counts.validIDs += 1 }
            for verdict in item.verdicts {
                switch verdict.kind {
                case .invalidID: counts.invalidIDs += 1
                case .nameMismatch: counts.nameMismatches += 1
                case .priceMismatch: counts.priceMismatches += 1
                case .noProducts, nil: break
                }
            }
        }
        var cue = answerCues.firstMatch(in: TextFolding.words(in: text))?.cue
        if cue == nil, let userText { cue = questionCues.firstMatch(in: TextFolding.words(in: userText))?.cue }
        if cue != nil, counts.validIDs == 0 { counts.noProducts = 1 }
        return GroundingReport(
            mentions: checked, counts: counts, recommendationIntent: cue != nil, intentCue: cue,
            sampleOffendingIDs: samples(checked)
        )
    }

    private func checkText(_ text: String, source: ProductMention.Source, catalog: Catalog) -> [CheckedMention] {
        let bytes = Array(text.utf8)
        let mentions = extractor.mentions(in: bytes, source: source) { catalog.contains(id: $0) }
        guard !mentions.isEmpty else { return [] }
        let context = MentionContext(
            bytes: bytes, mentions: mentions, catalog: catalog, configuration: configuration,
            names: configuration.checkNames || configuration.checkPrices ? catalog.nameOccurrences(in: text) : [],
            prices: configuration.checkPrices ? PriceScanner.prices(in: bytes) : []
        )
        return mentions.indices.map { index in
            let mention = mentions[index]
            guard let productIndex = catalog.index(ofID: mention.id) else {
                return CheckedMention(mention: mention, product: nil, verdicts: [.invalidID])
            }
            var verdicts: [GroundingVerdict] = []
            if configuration.checkNames, let verdict = context.nameVerdict(mention: index, product: productIndex) {
                verdicts.append(verdict)
            }
            if configuration.checkPrices, let verdict = context.priceVerdict(mention: index, product: productIndex) {
                verdicts.append(verdict)
            }
            return CheckedMention(mention: mention, product: catalog.products[productIndex], verdicts: verdicts.isEmpty ? [.valid] : verdicts)
        }
    }

    /// Distinct offending IDs, tag-safe: only shape characters, masked when bare and unknown.
    private func samples(_ checked: [CheckedMention]) -> [String] {
        var samples: [String] = []
        for item in checked where !item.isClean && samples.count < configuration.maxSamples {
            let mention = item.mention
            var sample = mention.id
            if configuration.maskBareSamples, mention.form == .bare, !item.isValidID {
                let keep = min(2, sample.count / 4)
                sample = String(sample.prefix(keep)) + String(repeating: "*", count: sample.count - 2 * keep) + String(sample.suffix(keep))
            }
            if !samples.contains(sample) { samples.append(sample) }
        }
        return samples
    }
}
