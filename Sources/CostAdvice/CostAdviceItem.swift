package import ProxyCore

/// One piece of cost advice: what to change, for which model, and what it would save per month.
package struct CostAdviceItem: Sendable, Hashable {
    /// What the advice is about.
    package var kind: CostAdviceKind
    /// The resolved model name.
    package var model: String
    /// The dialect the calls used.
    package var dialect: Dialect
    /// The numbers behind it.
    package var evidence: CostAdviceEvidence
    /// The saving over the observed window, exact.
    package var windowSaving: Money
    /// The span the saving was extrapolated from, in seconds (at least the configured minimum).
    package var windowSeconds: Double
    /// The saving scaled to 30 days, exact (see ``MonthlyProjection``).
    package var monthlySaving: Money
    /// One human sentence.
    package var text: String
    /// The model suggested instead, for ``CostAdviceKind/cheaperModel``; nil otherwise.
    package var alternativeModel: String?

    /// The monthly saving in dollars, for display and JSON only; never sum these.
    package var monthlySavingUSD: Double { monthlySaving.dollars }

    /// An item.
    /// - Parameters:
    ///   - kind: The advice kind.
    ///   - model: The resolved model name.
    ///   - dialect: The dialect.
    ///   - evidence: The observed numbers.
    ///   - windowSaving: The saving in the window.
    ///   - projection: How the window scales to a month.
    ///   - text: The sentence.
    ///   - alternativeModel: The model suggested instead, if any.
    init(
        kind: CostAdviceKind,
        model: String,
        dialect: Dialect,
        evidence: CostAdviceEvidence,
        windowSaving: Money,
        projection: MonthlyProjection,
        text: String,
        alternativeModel: String? = nil
    ) {
        self.kind = kind
        self.model = model
        self.dialect = dialect
        self.evidence = evidence
        self.windowSaving = windowSaving
        self.windowSeconds = projection.windowSeconds
        self.monthlySaving = projection.monthly(windowSaving)
        self.text = text
        self.alternativeModel = alternativeModel
    }
}
