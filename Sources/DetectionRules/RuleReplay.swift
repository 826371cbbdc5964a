/// Runs the rule engine over a recorded or simulated call log on simulated time: a day of
/// traffic in seconds, for tuning `rules.definitions` before deploying them.
///
/// Events must come in time order. The engine is evaluated every `evaluationInterval` seconds of
/// log time, as the proxy does; before each evaluation it is fed the cost per conversion of the
/// last hour (converted sessions' spend ÷ conversions), as the proxy's ledger computes it.
package struct RuleReplay: Sendable {
    /// One entry of a call log.
    package enum Event: Sendable, Hashable {
        /// A finished call.
        case call(RuleObservation)
        /// An order placed by a session, crediting that session's spend so far.
        case conversion(time: Double, sessionID: String?)

        /// When it happened.
        package var time: Double {
            switch self {
            case .call(let obs): obs.time
            case .conversion(let time, _): time
            }
        }
    }

    package private(set) var engine: RuleEngine
    package let evaluationInterval: Double
    private var economics = ReplayEconomics()
    private var nextEvaluation: Double?
    private var timeline: ReplayTimeline

    /// A replay of the given rules.
    /// - Parameters:
    ///   - definitions: The rules in effect (from a config file).
    ///   - configuration: Engine settings (capacity limits and quotas).
    ///   - evaluationInterval: Seconds between evaluations (default 5, the proxy's default).
    package init(
        definitions: [RuleDefinition] = RuleDefinition.defaults, configuration: RuleEngineConfiguration = .default,
        evaluationInterval: Double = 5
    ) {
        engine = RuleEngine(definitions: definitions, configuration: configuration)
        self.evaluationInterval = max(evaluationInterval, 0.001)
        timeline = ReplayTimeline(definitions: engine.definitions)
    }

    /// Feeds one event, first evaluating every tick that is due before it.
    /// - Parameters:
    ///   - event: The next event of the log.
    package mutating func feed(_ event: Event) {
        let t = event.time
        if nextEvaluation == nil {
            nextEvaluation = (t / evaluationInterval).rounded(.up) * evaluationInterval
            timeline.start = t
        }
        while let due = nextEvaluation, due <= t {
            tick(at: due)
            nextEvaluation = due + evaluationInterval
        }
        switch event {
        case .call(let obs):
            economics.spend(obs)
            engine.observe(obs)
        case .conversion(let time, let session):
            economics.convert(session: session, at: time)
        }
        timeline.end = max(timeline.end, t)
    }

    /// Evaluates the tick after the last event and returns the timeline.
    package mutating func finish() -> ReplayTimeline {
        if let due = nextEvaluation { tick(at: due) }
        return timeline
    }

    /// Replays a whole log.
    /// - Parameters:
    ///   - events: The log, in time order.
    package mutating func run(_ events: some Sequence<Event>) -> ReplayTimeline {
        for event in events { feed(event) }
        return finish()
    }

    private mutating func tick(at now: Double) {
        if let cpc = economics.lastHourCostPerConversion(now: now) { engine.observeCostPerConversion(usd: cpc, at: now) }
        let signals = engine.evaluate(now: now)
        timeline.signals += signals
        timeline.evaluations += 1
        timeline.end = max(timeline.end, now)
        for rule in engine.rules where rule.definition.enabled {
            for g in rule.groups.values {
                guard let a = g.lastAssessment else { continue }
                for m in a.measurements where m.affectsState && m.isReady {
                    timeline.notePeak(rule: rule.definition.id, measurement: m, at: now)
                }
            }
        }
    }
}

/// Spend per session and conversions of the last hour, as the proxy's conversion ledger keeps them.
struct ReplayEconomics: Sendable {
    private var spendBySession: [String: (usd: Double, last: Double)] = [:]
    private var conversions: [(time: Double, usd: Double)] = []
    private var head = 0
    private var total = 0.0
    private var lastPrune = -Double.infinity

    mutating func spend(_ obs: RuleObservation) {
        guard let session = obs.sessionID, let usd = obs.costUSD else { return }
        let old = spendBySession[session]?.usd ?? 0
        spendBySession[session] = (old + usd, obs.time)
        if obs.time - lastPrune > 3600 {
            // Sessions idle for a day are forgotten, as the ledger's bounded table would.
            spendBySession = spendBySession.filter { obs.time - $0.value.last < 86_400 }
            lastPrune = obs.time
        }
    }

    mutating func convert(session: String?, at time: Double) {
        let usd = session.flatMap { spendBySession.removeValue(forKey: $0)?.usd } ?? 0
        conversions.append((time, usd))
        total += usd
    }

    /// Credited spend ÷ conversions over the hour before `now` (every conversion held is at or
    /// before `now`: events are fed in time order).
    mutating func lastHourCostPerConversion(now: Double) -> Double? {
        while head < conversions.count, conversions[head].time <= now - 3600 {
            total -= conversions[head].usd
            head += 1
        }
        if head > 4096 {
            conversions.removeFirst(head)
            head = 0
        }
        let count = conversions.count - head
        return count > 0 ? max(0, total) / Double(count) : nil
    }
}
