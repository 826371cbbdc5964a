/// The kind-specific accumulators of one group.
enum GroupTracker: Sendable, Hashable {
    case invalidProducts(InvalidProductTracker)
    case injection(InjectionTracker)
    case cost(CostTracker)
    case quality(QualityTracker)
    case capacity(CapacityTracker)
    /// Held only while a payload is being mutated, so the payload is uniquely referenced and its
    /// arrays are not copied.
    case vacant

    init(definition: RuleDefinition) {
        switch definition.kind {
        case .invalidProductRate: self = .invalidProducts(InvalidProductTracker(definition: definition))
        case .promptInjection: self = .injection(InjectionTracker(definition: definition))
        case .costPerConversion: self = .cost(CostTracker(definition: definition))
        case .qualityDegradation: self = .quality(QualityTracker(definition: definition))
        case .predictiveCapacity: self = .capacity(CapacityTracker(definition: definition))
        }
    }

    /// Whether a call should create a group for a rule of this definition.
    static func isRelevant(_ obs: RuleObservation, definition: RuleDefinition) -> Bool {
        switch definition.kind {
        case .invalidProductRate: InvalidProductTracker.isRelevant(obs)
        case .promptInjection: InjectionTracker.isRelevant(obs, definition: definition)
        case .costPerConversion: false
        case .qualityDegradation: QualityTracker.isRelevant(obs)
        case .predictiveCapacity: true
        }
    }

    /// Adds a call; returns whether it is an example worth attaching to a signal.
    mutating func observe(_ obs: RuleObservation, definition: RuleDefinition, configuration: RuleEngineConfiguration) -> Bool {
        switch self {
        case .invalidProducts(var t):
            self = .vacant
            let bad = t.observe(obs)
            self = .invalidProducts(t)
            return bad
        case .injection(var t):
            self = .vacant
            let bad = t.observe(obs, definition: definition)
            self = .injection(t)
            return bad
        case .cost, .vacant:
            return false
        case .quality(var t):
            self = .vacant
            let bad = t.observe(obs, definition: definition)
            self = .quality(t)
            return bad
        case .capacity(var t):
            self = .vacant
            let bad = t.observe(obs, limits: configuration.capacity)
            self = .capacity(t)
            return bad
        }
    }

    mutating func assess(
        now: Double, group: RuleGroup, definition: RuleDefinition, configuration: RuleEngineConfiguration
    ) -> RuleAssessment {
        switch self {
        case .invalidProducts(let t): return t.assess(now: now, definition: definition)
        case .injection(let t): return t.assess(now: now, group: group, definition: definition)
        case .cost(let t): return t.assess(now: now, definition: definition)
        case .quality(let t): return t.assess(now: now, definition: definition)
        case .capacity(var t):
            self = .vacant
            let a = t.assess(now: now, group: group, definition: definition, limits: configuration.capacity)
            self = .capacity(t)
            return a
        case .vacant: return RuleAssessment()
        }
    }

    /// The hourly baseline, for kinds that keep one.
    var baseline: HourlyBaseline? {
        get {
            switch self {
            case .cost(let t): t.baseline
            case .quality(let t): t.baseline
            default: nil
            }
        }
        set {
            guard let newValue else { return }
            switch self {
            case .cost(var t):
                self = .vacant
                t.baseline = newValue
                self = .cost(t)
            case .quality(var t):
                self = .vacant
                t.baseline = newValue
                self = .quality(t)
            default: break
            }
        }
    }

    var approximateBytes: Int {
        switch self {
        case .invalidProducts(let t): t.approximateBytes
        case .injection(let t): t.approximateBytes
        case .cost(let t): t.approximateBytes
        case .quality(let t): t.approximateBytes
        case .capacity(let t): t.approximateBytes
        case .vacant: 0
        }
    }
}
