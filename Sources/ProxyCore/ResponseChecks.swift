/// Grounding and quality findings for one answer, carried on the ``CallRecord``.
package struct ResponseChecks: Sendable, Hashable {
    /// Product ID mentions found, and how many were not in the catalog.
    package var mentions = 0
    package var invalidIDs = 0
    package var nameMismatches = 0
    package var priceMismatches = 0
    /// The answer meant to recommend products but named no valid one.
    package var noProducts = false
    /// Invalid IDs ÷ mentions; nil when there were no mentions.
    package var invalidProductRate: Double?
    /// A few offending IDs, safe to export (bare tokens masked).
    package var sampleOffendingIDs: [String] = []
    /// The quality score (0…1) and its named components (value 0…1 and reason).
    package var qualityScore: Double?
    package var qualityComponents: [QualityComponentValue] = []

    package init() {}
}

/// One named quality component.
package struct QualityComponentValue: Sendable, Hashable {
    package var name: String
    package var value: Double
    package var weight: Double
    package var reason: String

    package init(name: String, value: Double, weight: Double, reason: String) {
        self.name = name
        self.value = value
        self.weight = weight
        self.reason = reason
    }
}
