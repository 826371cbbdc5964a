package import Guards
import Inspection
package import ProxyConfig

/// Builds the assessor `serve`, `demo` and `inspect` use, from the `guards` section.
package enum GuardScoring {
    package static func assessor(for configuration: GuardsConfiguration) -> any InjectionAssessor {
        InjectionScorerAssessor(
            scorer: InjectionScorer(
                threshold: configuration.policy.threshold,
                disabledCategories: Set(configuration.disabledCategories.compactMap(InjectionCategory.init(rawValue:)))
            )
        )
    }
}
