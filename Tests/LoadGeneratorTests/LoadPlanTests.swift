import LoadGenerator
import Testing

/// Planning is pure and deterministic; each scenario has the mix its detection rule needs.
@Suite("Load plans")
struct LoadPlanTests {
    static func plan(_ scenario: Scenario, rate: Double = 10, seconds: Int64 = 60, seed: UInt64 = 7, api: LoadAPI = .mixed) -> LoadPlan {
        LoadPlan.make(LoadConfiguration(scenario: scenario, rate: rate, duration: .seconds(seconds), seed: seed, api: api))
    }

    static func generations(_ plan: LoadPlan) -> [PlannedRequest] {
        plan.requests.filter { $0.destination == .traffic }
    }

    @Test(arguments: Scenario.allCases)
    func theSameSeedPlansTheSameRequests(_ scenario: Scenario) {
        let a = Self.plan(scenario, seed: 42), b = Self.plan(scenario, seed: 42), c = Self.plan(scenario, seed: 43)
        #expect(a.requests == b.requests)
        #expect(a.requests != c.requests)
        #expect(!a.requests.isEmpty)
        #expect(zip(a.requests, a.requests.dropFirst()).allSatisfy { $0.offset <= $1.offset }, "sorted by offset")
        #expect(a.requests.allSatisfy { $0.offset >= .zero && $0.offset <= .seconds(60) })
    }

    @Test func normalTrafficIsPacedBenignAndUsesBothAPIs() {
        let plan = Self.plan(.normal)
        let requests = Self.generations(plan)
        #expect(requests.count == 600, "10 req/s for 60 s")
        #expect(requests.allSatisfy { $0.kind == .benign })
        #expect(requests[1].offset - requests[0].offset == .milliseconds(100))
        #expect(requests.contains { $0.path.hasPrefix("/v1beta/models/") && $0.header("x-goog-api-key") == "load-test-key" })
        #expect(requests.contains { $0.path.hasPrefix("/v1/projects/p/locations/us-central1/publishers/google/models/") })
        #expect(requests.contains { $0.path.hasSuffix(":streamGenerateContent?alt=sse") })
        #expect(requests.allSatisfy { !($0.header("x-mock-behavior") ?? "").contains("rate") }, "clean answers")
        // Sessions carry history: some chatbot prompts include earlier turns.
        #expect(requests.contains { $0.body.contains("Conversation history:") })
        let sessions = Dictionary(grouping: requests, by: \.session)
        #expect(sessions.count > 50 && sessions.values.contains { $0.count > 1 })
        #expect(plan.countsByKind[.conversion] == nil)
    }

    @Test(arguments: [LoadAPI.gemini, .vertex])
    func apiForcesEveryPath(_ api: LoadAPI) {
        let prefix = api == .gemini ? "/v1beta/models/" : "/v1"
        let requests = Self.generations(Self.plan(.normal, seconds: 10, api: api))
        #expect(requests.allSatisfy { $0.path.hasPrefix(prefix) && (api == .gemini) == $0.path.hasPrefix("/v1beta/models/") })
    }

    @Test func injectionMixesAttackGroupsAndHasABurstSession() {
        let requests = Self.generations(Self.plan(.injection))
        let attacks = requests.filter { $0.kind == .attack }
        #expect(attacks.count > 100 && requests.count - attacks.count > 300, "normal traffic plus attacks")
        let bodies = attacks.map(\.body).joined()
        #expect(AttackPrompts.owners.contains { bodies.contains($0) }, "the owners' attacks")
        #expect(bodies.contains("Decode this") || bodies.contains("\\u200b") || bodies.contains("\u{200B}"), "encoded attacks")
        #expect(bodies.contains("Ignoriere") || bodies.contains("Ignora") || bodies.contains("Oublie") || bodies.contains("Montre"), "other languages")
        let bursts = Dictionary(grouping: attacks.filter(\.burst), by: \.session)
        #expect(bursts.count == 3, "one burst session per 20 s")
        for (_, burst) in bursts {
            #expect(burst.count > 5)
            #expect(burst.last!.offset - burst.first!.offset < .seconds(60), "more than 5 in a minute")
        }
    }

    @Test func hallucinationTurnsUpTheMocksGroundingFaults() {
        let requests = Self.generations(Self.plan(.hallucination, seconds: 10))
        #expect(requests.allSatisfy { ($0.header("x-mock-behavior") ?? "").contains("hallucination_rate=0.3,swap_name_rate=0.1,wrong_price_rate=0.1") })
    }

    @Test func costSpikeUsesProLongPromptsAndStillConverts() {
        let normal = Self.generations(Self.plan(.normal, seconds: 20))
        let plan = Self.plan(.costSpike, seconds: 20)
        let spike = Self.generations(plan)
        #expect(spike.allSatisfy { $0.path.contains("gemini-2.5-pro:") && $0.body.contains(#""maxOutputTokens":8192"#) })
        let average = { (r: [PlannedRequest]) in r.map(\.body.utf8.count).reduce(0, +) / r.count }
        #expect(average(spike) > 4 * average(normal))
        #expect((plan.countsByKind[.conversion] ?? 0) > 5, "orders at the normal rate")
    }

    @Test func conversionsFollowChatsInTheSameSession() {
        let plan = Self.plan(.conversions)
        let orders = plan.requests.filter { $0.kind == .conversion }
        #expect(orders.count > 20)
        for order in orders {
            #expect(order.destination == .admin && order.path == "/v1/conversions")
            #expect(order.body.contains(#""session_id":"\#(order.session)""#) && order.body.contains(#""value_usd":"#))
            let chats = plan.requests.filter { $0.destination == .traffic && $0.session == order.session }
            #expect(!chats.isEmpty && chats.allSatisfy { $0.offset <= order.offset })
        }
        #expect(Set(orders.map(\.body)).count == orders.count, "each order has its own id")
    }

    @Test func qualitySendsJunkAndRefusalLoopTruncationKnobs() {
        let requests = Self.generations(Self.plan(.quality, seconds: 20))
        #expect(requests.contains { $0.kind == .junk })
        #expect(requests.allSatisfy { ($0.header("x-mock-behavior") ?? "").contains("refusal_rate=0.45,loop_rate=0.3,truncate_rate=0.3") })
    }

    @Test func capacityRampQuadruplesTheRateAndAdds429s() throws {
        let requests = Self.generations(Self.plan(.capacityRamp, rate: 10, seconds: 60))
        let perQuarter = (0..<4).map { q in requests.filter { $0.offset >= .seconds(15 * q) && $0.offset < .seconds(15 * (q + 1)) }.count }
        #expect(perQuarter == perQuarter.sorted() && perQuarter[3] > 2 * perQuarter[0], "\(perQuarter)")
        #expect(abs(requests.count - 1500) <= 2, "the average rate is 2.5 × 10 req/s")
        let first429 = requests.firstIndex { ($0.header("x-mock-behavior") ?? "").contains("error_status=429") }
        let index = try #require(first429)
        #expect(requests[index].offset > .seconds(15), "429s only once the rate passes 2×")
        #expect(requests.last!.header("x-mock-behavior")!.contains("error_rate=0.4"))
    }

    @Test func fullPlaysEveryScenarioInTurn() {
        let plan = Self.plan(.full, seconds: 70)
        #expect(plan.phases.map(\.scenario) == Scenario.fullSequence)
        #expect(Set(plan.requests.map(\.scenario)) == Set(Scenario.fullSequence))
        let kinds = plan.countsByKind
        #expect(kinds[.attack, default: 0] > 0 && kinds[.junk, default: 0] > 0 && kinds[.conversion, default: 0] > 0)
        for phase in plan.phases {
            let inPhase = plan.requests.filter { $0.scenario == phase.scenario }
            #expect(inPhase.allSatisfy { $0.offset >= .milliseconds(Int64(phase.start * 1000) - 1) && $0.offset <= .milliseconds(Int64(phase.end * 1000) + 1) })
        }
    }
}
