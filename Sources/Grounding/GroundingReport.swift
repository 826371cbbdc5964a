/// The result of checking one answer against the catalog.
package struct GroundingReport: Sendable, Hashable {
    /// Every mention, answer first, then tool texts in order.
    package var mentions: [CheckedMention]
    package var counts: GroundingCounts
    /// Whether the answer or the question reads as asking for or giving recommendations.
    package var recommendationIntent: Bool
    /// The recommendation cue that was found, for span tags (a configured cue, never user text).
    package var intentCue: String?
    /// Up to `GroundingConfiguration.maxSamples` distinct offending IDs, safe for tags (see
    /// `GroundingConfiguration.maskBareSamples`).
    package var sampleOffendingIDs: [String]

    package init(
        mentions: [CheckedMention], counts: GroundingCounts, recommendationIntent: Bool, intentCue: String?,
        sampleOffendingIDs: [String]
    ) {
        self.mentions = mentions
        self.counts = counts
        self.recommendationIntent = recommendationIntent
        self.intentCue = intentCue
        self.sampleOffendingIDs = sampleOffendingIDs
    }

    /// Invalid IDs ÷ all ID mentions, for `llm.recommendation.invalid_product_rate`; nil when the
    /// answer has no ID mentions (nothing to rate), exactly 0 when every ID is in the catalog.
    package var invalidProductRate: Double? {
        counts.mentions == 0 ? nil : Double(counts.invalidIDs) / Double(counts.mentions)
    }

    /// Recommendation intent with no valid product ID.
    package var noProducts: Bool { counts.noProducts > 0 }

    /// Whether no problem of any kind was found.
    package var isClean: Bool {
        GroundingKind.allCases.allSatisfy { counts[$0] == 0 }
    }
}
