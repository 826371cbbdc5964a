/// Combining rule evidence and the model's vote into one score.
extension InjectionScorer {
    /// How much the model's probability counts: `weight · max(0, p − floor) / (1 − floor)`, with both
    /// constants chosen by the training script on leave-one-source-out results.
    static let modelFloor = InjectionModelWeights.floor
    static let modelWeight = InjectionModelWeights.weight
    /// The most the model adds on its own (`modelWeight`); at or above the default threshold, so the
    /// model can flag a text that no rule names.
    package static var modelCeiling: Double { modelWeight }

    /// Drops evidence of disabled categories, takes the noisy-or of the rest, and folds in the model.
    func combine(_ all: [InjectionEvidence], modelProbability: Double, source: TextSource) -> InjectionResult {
        var evidence = all.filter { enabled.contains($0.category) }
        evidence.sort { ($0.utf8Range?.lowerBound ?? .max, $0.rule) < ($1.utf8Range?.lowerBound ?? .max, $1.rule) }
        var miss = 1.0
        var strongest: InjectionEvidence?
        for item in evidence {
            miss *= 1 - item.weight
            if item.weight > strongest?.weight ?? 0 { strongest = item }
        }
        let ruleScore = 1 - miss
        let model = Self.modelWeight * max(0, modelProbability - Self.modelFloor) / (1 - Self.modelFloor)
        let score = 1 - miss * (1 - model)
        if model > 0 {
            let category =
                strongest?.category ?? (source == .toolResult ? .indirectInjection : .instructionOverride)
            if enabled.contains(category) {
                evidence.append(
                    .init(
                        category: category, rule: "model.ngram", weight: modelProbability, matched: "",
                        utf8Range: nil, origin: .model))
            }
        }
        if source == .toolResult, score >= threshold * 0.5, enabled.contains(.indirectInjection),
            !evidence.contains(where: { $0.category == .indirectInjection })
        {
            evidence.append(
                .init(
                    category: .indirectInjection, rule: "source.tool_result", weight: score,
                    matched: strongest?.matched ?? "", utf8Range: strongest?.utf8Range, origin: strongest?.origin ?? .model))
        }
        var mask = InjectionCategoryMask([])
        for item in evidence { mask.rawValue |= 1 << UInt8(item.category.index) }
        let categories = InjectionCategory.allCases.filter { mask.contains($0) }
        return InjectionResult(
            score: score, categories: categories, evidence: evidence, ruleScore: ruleScore,
            modelProbability: modelProbability, threshold: threshold)
    }
}
