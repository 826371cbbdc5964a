/// What to plan: scenario, rate, duration, seed and request shape.
package struct LoadConfiguration: Sendable, Equatable {
    /// The scenario. Default `normal`.
    package var scenario: Scenario
    /// Generation requests per second (the starting rate for `capacity-ramp`). Default 5.
    package var rate: Double
    /// How long to send. Default 60 s.
    package var duration: Duration
    /// Seeds every random choice: the same seed plans the same requests. Default 1.
    package var seed: UInt64
    /// Overrides every request's model; nil uses each service's model (and gemini-2.5-pro for
    /// `cost-spike`). Default nil.
    package var model: String?
    /// Which API the requests use. Default `mixed`.
    package var api: LoadAPI

    /// A configuration; see each property for its default.
    package init(
        scenario: Scenario = .normal, rate: Double = 5, duration: Duration = .seconds(60), seed: UInt64 = 1,
        model: String? = nil, api: LoadAPI = .mixed
    ) {
        self.scenario = scenario
        self.rate = rate
        self.duration = duration
        self.seed = seed
        self.model = model
        self.api = api
    }

    /// The duration in seconds.
    var seconds: Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// Checks the values a plan needs; the error says which flag to fix.
    package func validate() throws(LoadError) {
        guard rate > 0, rate <= 10_000, rate.isFinite else { throw .invalidOption("--rate must be between 0 and 10000 requests per second, got \(rate)") }
        guard seconds > 0, seconds <= 86_400 else { throw .invalidOption("--duration must be between 1ms and 24h") }
        guard rate * seconds * (scenario == .capacityRamp || scenario == .full ? 2.5 : 1) <= 2_000_000 else {
            throw .invalidOption("--rate × --duration plans more than 2,000,000 requests; lower one of them")
        }
        if let model, model.isEmpty || model.contains(where: { $0 == "/" || $0 == ":" || $0 == "?" || $0 == " " }) {
            throw .invalidOption("--model must be a bare model name such as gemini-2.5-flash, got '\(model)'")
        }
    }
}
