/// Evidence from the disguise itself: hidden tag text, invisible characters inside words, words that
/// mix Latin letters with Cyrillic or Greek look-alikes, and runs of lone punctuation typical of
/// optimized adversarial suffixes.
extension InjectionScorer {
    func addDisguiseEvidence(_ normalized: NormalizedText, into evidence: inout [InjectionEvidence]) {
        if normalized.tagCount >= 10 {
            evidence.append(
                .init(
                    category: .encodedPayload, rule: "encoded.xx.unicode-tags", weight: 0.75,
                    matched: "\(normalized.tagCount) tag characters", utf8Range: nil, origin: .text))
        } else if normalized.invisibleCount >= 3 {
            evidence.append(
                .init(
                    category: .encodedPayload, rule: "encoded.xx.invisible-characters", weight: 0.35,
                    matched: "\(normalized.invisibleCount) invisible characters", utf8Range: nil, origin: .text))
        }
        if normalized.mixedScriptWords >= 1 {
            evidence.append(
                .init(
                    category: .encodedPayload, rule: "encoded.xx.mixed-script", weight: normalized.mixedScriptWords >= 3 ? 0.5 : 0.3,
                    matched: "\(normalized.mixedScriptWords) mixed-script words", utf8Range: nil, origin: .text))
        }
    }

    /// Optimized adversarial suffixes (`AdversarialSuffix`): enough odd tokens flag a text on their
    /// own; short of that, a run of lone punctuation still counts a little.
    func addSuffixEvidence(_ text: String, lonePunctuation lone: Int, into evidence: inout [InjectionEvidence]) {
        if let range = AdversarialSuffix.find(in: text, lonePunctuation: lone) {
            let matched = String(decoding: text.utf8.dropFirst(range.lowerBound).prefix(min(range.count, 120)), as: UTF8.self)
            evidence.append(
                .init(
                    category: .roleplayJailbreak, rule: "jailbreak.xx.optimized-suffix", weight: 0.75,
                    matched: matched, utf8Range: range, origin: .text))
        } else if lone >= 8 {
            evidence.append(
                .init(
                    category: .roleplayJailbreak, rule: "jailbreak.xx.adversarial-suffix", weight: 0.45,
                    matched: "\(lone) lone punctuation tokens", utf8Range: nil, origin: .text))
        }
    }
}
