/// One component's value in a quality report.
package struct ComponentScore: Sendable, Hashable {
    package var component: QualityComponent
    /// 0 (worst) … 1 (fine).
    package var value: Double
    /// The most this component can take off the final score (see `QualityScorer`).
    package var weight: Double
    /// A short label-safe reason, e.g. `stop`, `max_tokens`, `refusal_es`, `too_short`, `en_vs_fr`.
    package var reason: String

    package init(component: QualityComponent, value: Double, weight: Double, reason: String) {
        self.component = component
        self.value = value
        self.weight = weight
        self.reason = reason
    }
}
