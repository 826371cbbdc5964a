import Grounding
package import ProxyCore

/// Every request of one run, in send order: pure and deterministic, so the same configuration
/// and seed always plan the same requests.
package struct LoadPlan: Sendable {
    /// One scenario's slice of the run (`full` has one per scenario).
    package struct Phase: Sendable, Equatable {
        package var scenario: Scenario
        /// Seconds from the start of the run.
        package var start: Double
        package var end: Double
    }

    package var configuration: LoadConfiguration
    package var phases: [Phase]
    /// The requests, sorted by ``PlannedRequest/offset``.
    package var requests: [PlannedRequest]

    /// The Online Boutique catalog the chatbot lists in its prompts.
    package static let defaultProducts: [Product] =
        (try? Catalog.parseProductsJSON(Array(OnlineBoutiqueCatalog.json.utf8)).products) ?? []

    /// Plans a run.
    /// - Parameters:
    ///   - configuration: Scenario, rate, duration, seed, model and API; call `validate()` first.
    ///   - corpus: The prompts to draw from.
    ///   - products: The catalog for prompts and order values.
    package static func make(
        _ configuration: LoadConfiguration, corpus: PromptCorpus = .builtIn, products: [Product] = defaultProducts
    ) -> LoadPlan {
        let seconds = configuration.seconds
        let scenarios = configuration.scenario == .full ? Scenario.fullSequence : [configuration.scenario]
        let slice = seconds / Double(scenarios.count)
        let phases = scenarios.enumerated().map { index, scenario in
            Phase(scenario: scenario, start: Double(index) * slice, end: index == scenarios.count - 1 ? seconds : Double(index + 1) * slice)
        }
        var planner = LoadPlanner(configuration: configuration, corpus: corpus, products: products)
        for phase in phases { planner.plan(phase) }
        let requests = planner.requests.enumerated()
            .sorted { $0.element.offset != $1.element.offset ? $0.element.offset < $1.element.offset : $0.offset < $1.offset }
            .map(\.element)
        return LoadPlan(configuration: configuration, phases: phases, requests: requests)
    }

    /// How many requests of each kind the plan holds.
    package var countsByKind: [PlannedRequest.Kind: Int] {
        requests.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }
}
