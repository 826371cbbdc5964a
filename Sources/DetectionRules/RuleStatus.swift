/// One rule's state across its groups, for the admin status page.
package struct RuleStatus: Sendable, Hashable {
    /// One group's state.
    package struct Group: Sendable, Hashable {
        package var group: RuleGroup
        package var state: RuleState
        package var acknowledged: Bool
        package var measurements: [RuleMeasurement]
        /// When the state last changed; nil when it never did.
        package var lastTransition: Double?
        /// For `predictive_capacity`: the probability of an error within the horizon.
        package var errorProbability: Double?
    }

    package var ruleID: String
    package var kind: RuleKind
    package var enabled: Bool
    /// Groups sorted firing first, then by name.
    package var groups: [Group]
    package var trackedGroups: Int
    /// Groups dropped to stay under the cap, and observations folded into the `other` group.
    package var evictedGroups: Int
    package var overflowedObservations: Int
    /// When the engine last evaluated, and when it expects the next evaluation.
    package var lastEvaluation: Double?
    package var nextEvaluation: Double?
}
