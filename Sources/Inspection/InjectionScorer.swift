/// Scores text for prompt injection: a small character n-gram model over normalized text, which can
/// flag on its own, combined with phrase and literal rules in six languages that add evidence.
///
/// Pure and allocation-light: no I/O, no clock, no regular expressions. A text with no hits costs a
/// few buffer allocations; evidence strings are built only for hits.
package struct InjectionScorer: Sendable {
    /// The score at or above which `InjectionResult.isInjection()` is true; 0.7 by default.
    package var threshold: Double
    /// Categories whose rule hits are ignored (for example `.codePayload` where code is ordinary).
    package let disabledCategories: Set<InjectionCategory>
    let enabled: InjectionCategoryMask
    let normalizer = InjectionNormalizer()
    let rules = InjectionRuleSet.builtIn

    /// A scorer.
    /// - Parameters:
    ///   - threshold: The default decision threshold, 0.7.
    ///   - disabledCategories: Categories to ignore; none by default.
    package init(threshold: Double = 0.7, disabledCategories: Set<InjectionCategory> = []) {
        self.threshold = threshold
        self.disabledCategories = disabledCategories
        enabled = InjectionCategoryMask(InjectionCategory.allCases.filter { !disabledCategories.contains($0) })
    }

    /// Scores `text`.
    /// - Parameters:
    ///   - text: Any string; evidence ranges refer to its UTF-8 view.
    ///   - source: `.toolResult` for function responses and retrieved documents.
    package func score(_ text: String, source: TextSource = .user) -> InjectionResult {
        let normalized = normalizer.normalize(text)
        var evidence: [InjectionEvidence] = []
        var modelProbability = 0.0
        normalized.bytes.withUnsafeBufferPointer { bytes in
            let words = InjectionRuleSet.words(of: bytes)
            var seen = [UInt64](repeating: 0, count: (rules.rules.count + 63) / 64)
            var hits: [InjectionRuleSet.Hit] = []
            words.withUnsafeBufferPointer { rules.matchPhrases(bytes: bytes, words: $0, seen: &seen, hits: &hits) }
            rules.matchLiterals(bytes: bytes, hits: &hits)
            for hit in hits { record(hit, in: normalized, bytes: bytes, rot13: false, into: &evidence) }
            Self.findExfiltrationLinks(in: bytes, normalized: normalized, into: &evidence)
            if !evidence.contains(where: { $0.weight >= 0.7 }), Self.mayBeRot13(normalized) {
                readRot13(normalized, into: &evidence)
            }
            addSuffixEvidence(text, lonePunctuation: normalized.lonePunctuation, into: &evidence)
        }
        addPayloadEvidence(normalized, into: &evidence)
        addDisguiseEvidence(normalized, into: &evidence)
        // The model runs on every text: it can flag on its own, and the rules add evidence to it.
        modelProbability = normalized.bytes.withUnsafeBufferPointer { InjectionModel.probability(of: $0) }
        return combine(evidence, modelProbability: modelProbability, source: source)
    }

    /// Turns a rule hit into evidence; hits inside a decoded payload also count as encoded payloads.
    private func record(
        _ hit: InjectionRuleSet.Hit, in normalized: NormalizedText, bytes: UnsafeBufferPointer<UInt8>, rot13: Bool,
        into evidence: inout [InjectionEvidence]
    ) {
        let (id, category, weight) =
            hit.isLiteral
            ? (rules.literals[Int(hit.rule)].id, rules.literals[Int(hit.rule)].category, rules.literals[Int(hit.rule)].weight)
            : (rules.rules[Int(hit.rule)].id, rules.rules[Int(hit.rule)].category, rules.rules[Int(hit.rule)].weight)
        let matched = String(decoding: UnsafeBufferPointer(rebasing: bytes[hit.range]), as: UTF8.self)
        let payload = normalized.payloads.first { $0.normalizedRange.contains(hit.range.lowerBound) }
        let origin: InjectionEvidence.Origin = rot13 ? .rot13 : payload?.kind ?? .text
        let range = payload?.originalRange ?? normalized.originalRange(of: hit.range)
        evidence.append(.init(category: category, rule: id, weight: weight, matched: matched, utf8Range: range, origin: origin))
        if origin != .text, weight >= 0.5 {
            evidence.append(
                .init(
                    category: .encodedPayload, rule: "encoded.\(origin.rawValue).decoded-attack", weight: weight,
                    matched: matched, utf8Range: range, origin: origin))
        }
    }

    /// Whether the letters look rotated: natural text in the six languages has about 38–45% vowels,
    /// rot13 of it about 20%. Texts under 12 letters are always read both ways.
    static func mayBeRot13(_ normalized: NormalizedText) -> Bool {
        normalized.letterCount < 12 || normalized.vowelCount * 100 < normalized.letterCount * 30
    }

    /// Reads the text as rot13 and keeps phrase hits of weight 0.5 or more.
    private func readRot13(_ normalized: NormalizedText, into evidence: inout [InjectionEvidence]) {
        var rotated = Array(normalized.bytes[..<normalized.textEnd])
        for i in rotated.indices where ASCII.isLower(rotated[i]) {
            rotated[i] = (rotated[i] - 0x61 + 13) % 26 + 0x61
        }
        rotated.withUnsafeBufferPointer { bytes in
            let words = InjectionRuleSet.words(of: bytes)
            var seen = [UInt64](repeating: 0, count: (rules.rules.count + 63) / 64)
            var hits: [InjectionRuleSet.Hit] = []
            words.withUnsafeBufferPointer { rules.matchPhrases(bytes: bytes, words: $0, seen: &seen, hits: &hits) }
            for hit in hits where rules.rules[Int(hit.rule)].weight >= 0.5 {
                record(hit, in: normalized, bytes: bytes, rot13: true, into: &evidence)
            }
        }
    }

    /// A decoded payload with no attack in it still counts a little.
    private func addPayloadEvidence(_ normalized: NormalizedText, into evidence: inout [InjectionEvidence]) {
        for payload in normalized.payloads
        where !evidence.contains(where: { $0.category == .encodedPayload && $0.utf8Range == payload.originalRange }) {
            let matched = String(decoding: normalized.bytes[payload.normalizedRange].prefix(80), as: UTF8.self)
            evidence.append(
                .init(
                    category: .encodedPayload, rule: "encoded.\(payload.kind.rawValue).text", weight: 0.3,
                    matched: matched, utf8Range: payload.originalRange, origin: payload.kind))
        }
    }
}
