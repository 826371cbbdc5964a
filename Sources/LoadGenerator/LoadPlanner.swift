import JSON
import ProxyCore

/// The planning state: the seeded generator, open sessions and the requests so far.
struct LoadPlanner {
    /// An end-user conversation in progress.
    struct Session {
        var id: String
        var service: ShopService
        var turnsLeft: Int
        var converts: Bool
        var history: [String] = []
    }

    let configuration: LoadConfiguration
    let corpus: PromptCorpus
    let products: [Product]
    var random: SeededGenerator
    var sessions: [Session] = []
    var requests: [PlannedRequest] = []
    private var counter = 0
    private var attackIndex = 0
    private let tag: String

    init(configuration: LoadConfiguration, corpus: PromptCorpus, products: [Product]) {
        self.configuration = configuration
        self.corpus = corpus
        self.products = products
        self.random = SeededGenerator(seed: configuration.seed)
        self.tag = String(configuration.seed, radix: 36)
    }

    /// Plans one phase: its paced requests, then (injection) its attack bursts.
    mutating func plan(_ phase: LoadPlan.Phase) {
        let profile = ScenarioProfile(scenario: phase.scenario, partOfFull: configuration.scenario == .full)
        sessions.removeAll()
        for time in LoadSchedule.arrivals(rate: configuration.rate, start: phase.start, end: phase.end, ramps: profile.ramps) {
            let factor = profile.ramps ? LoadSchedule.rampFactor(at: time, start: phase.start, end: phase.end) : 1
            planTurn(at: time, profile: profile, rampFactor: factor, phaseEnd: phase.end)
        }
        if phase.scenario == .injection { planBursts(phase, profile: profile) }
    }

    /// One paced request: continue an open session or start one, then pick the message.
    private mutating func planTurn(at time: Double, profile: ScenarioProfile, rampFactor: Double, phaseEnd: Double) {
        let index: Int
        if !sessions.isEmpty, random.chance(0.7) {
            index = Int(random.next() % UInt64(sessions.count))
        } else {
            let roll = random.unit()
            let service: ShopService = roll < 0.6 ? .chatbot : roll < 0.85 ? .upsell : .assistant
            sessions.append(Session(id: nextID("s"), service: service, turnsLeft: random.int(in: 1...5), converts: random.chance(profile.conversionChance)))
            index = sessions.count - 1
        }
        let kind: PlannedRequest.Kind =
            random.chance(profile.attackShare) ? .attack : random.chance(profile.junkShare) ? .junk : .benign
        let message = kind == .attack ? nextAttack() : kind == .junk ? random.pick(corpus.junk) : benignMessage(for: sessions[index].service)
        requests.append(generation(at: time, session: sessions[index], message: message, kind: kind, profile: profile, rampFactor: rampFactor))
        sessions[index].history += ["Customer: \(message)", "Assistant: " + random.pick(Self.replies)]
        sessions[index].turnsLeft -= 1
        if sessions[index].turnsLeft == 0 {
            let done = sessions.remove(at: index)
            if done.converts { requests.append(conversion(at: min(time + 0.5, phaseEnd), session: done.id, scenario: profile.scenario)) }
        }
    }

    /// Attack bursts: one session per 20 s (at least one) sends 8 attacks, 0.5 s apart, so the
    /// proxy's "more than 5 suspicious requests from one session in a minute" rule can fire.
    private mutating func planBursts(_ phase: LoadPlan.Phase, profile: ScenarioProfile) {
        let length = phase.end - phase.start
        let count = max(1, Int(length / 20))
        for _ in 0..<count {
            let span = max(0, length - 4)
            let start = phase.start + random.unit() * span
            let session = Session(id: nextID("burst"), service: .chatbot, turnsLeft: 8, converts: false)
            for k in 0..<8 {
                let time = min(start + Double(k) * 0.5, phase.end - 0.001 * Double(8 - k))
                var request = generation(at: max(phase.start, time), session: session, message: nextAttack(), kind: .attack, profile: profile, rampFactor: 1)
                request.burst = true
                requests.append(request)
            }
        }
    }

    private mutating func generation(
        at time: Double, session: Session, message: String, kind: PlannedRequest.Kind, profile: ScenarioProfile, rampFactor: Double
    ) -> PlannedRequest {
        let service = session.service
        let model = configuration.model ?? profile.model ?? service.defaultModel
        var turn = ShopService.Turn(message: message, history: session.history, maxOutputTokens: profile.maxOutputTokens)
        if profile.longPrompts { turn.extraContext = String(repeating: ShopPrompts.wardrobe, count: random.int(in: 10...20)) }
        let auth = service.authHeader(api: configuration.api)
        return PlannedRequest(
            offset: Self.duration(time), scenario: profile.scenario, destination: .traffic, kind: kind,
            path: service.path(model: model, api: configuration.api),
            headers: [
                ("content-type", "application/json"), auth, ("x-session-id", session.id),
                ("x-mock-behavior", profile.mockBehavior(streams: service.streams, rampFactor: rampFactor)),
            ],
            body: service.body(turn, products: products), session: session.id
        )
    }

    /// An order of 1–3 catalog products for `session`, posted to `/v1/conversions`.
    private mutating func conversion(at time: Double, session: String, scenario: Scenario) -> PlannedRequest {
        let cents = (0..<random.int(in: 1...3)).reduce(Int64(0)) { sum, _ in sum + (random.pick(products).priceMicros + 5_000) / 10_000 }
        let value = "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
        let body = #"{"session_id":\#(JSONWriter.quoted(session)),"order_id":\#(JSONWriter.quoted(nextID("order"))),"value_usd":\#(value)}"#
        return PlannedRequest(
            offset: Self.duration(time), scenario: scenario, destination: .admin, kind: .conversion, path: "/v1/conversions",
            headers: [("content-type", "application/json")], body: body, session: session
        )
    }

    private mutating func benignMessage(for service: ShopService) -> String {
        switch service {
        case .chatbot: return random.pick(corpus.benign)
        case .assistant: return random.pick(ShopPrompts.assistant)
        case .upsell:
            let product = random.pick(products)
            return random.pick(ShopPrompts.upsell).split(separator: "%@", omittingEmptySubsequences: false)
                .joined(separator: "\(product.name) [\(product.id)]")
        }
    }

    /// The next attack, cycling through the corpus's groups so each is represented.
    private mutating func nextAttack() -> String {
        let groups = corpus.attackGroups.filter { !$0.isEmpty }
        guard !groups.isEmpty else { return AttackPrompts.owners[0] }
        let group = groups[attackIndex % groups.count]
        attackIndex += 1
        return random.pick(group)
    }

    private mutating func nextID(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)-\(tag)-\(counter)"
    }

    static func duration(_ seconds: Double) -> Duration { .nanoseconds(Int64((seconds * 1e9).rounded())) }

    static let replies = [
        "The Sunglasses [OLJCESPC7Z] would be perfect.", "You might like the Mug [6E92ZMYYFZ].",
        "Our Candle Holder [0PUK6V6EV0] is popular.", "Could you tell me more about what you need?",
    ]
}
