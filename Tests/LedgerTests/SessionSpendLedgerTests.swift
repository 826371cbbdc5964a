import Ledger
import Pricing
import ProxyCore
import Testing

@Suite struct SessionSpendLedgerTests {
    private func ledger(capacity: Int = 10_000, idle: Duration = .minutes(30)) -> SessionSpendLedger {
        SessionSpendLedger(configuration: .init(capacity: capacity, idleTimeout: idle))
    }

    @Test func defaults() {
        let sessions = SessionSpendLedger()
        #expect(sessions.capacity == 10_000)
        #expect(sessions.idleTimeout == .minutes(30))
        #expect(sessions.count == 0)
    }

    /// Recording moves a session to the front; a full table evicts the least recently active.
    @Test func lruOrderAndEviction() {
        var sessions = ledger(capacity: 3)
        for (i, id) in ["a", "b", "c"].enumerated() {
            sessions.record(session: id, cost: usd("0.01"), now: at(.seconds(i)))
        }
        #expect(sessions.sessionsByRecency == ["c", "b", "a"])

        sessions.record(session: "a", cost: usd("0.01"), now: at(.seconds(3)))
        #expect(sessions.sessionsByRecency == ["a", "c", "b"])

        sessions.record(session: "d", cost: usd("0.01"), now: at(.seconds(4)))
        #expect(sessions.sessionsByRecency == ["d", "a", "c"])
        #expect(sessions.evictions == 1)
        #expect(sessions.count == 3)
        #expect(sessions.spend(of: "b", now: at(.seconds(4))) == nil)
        #expect(sessions.spend(of: "a", now: at(.seconds(4)))?.spend == usd("0.02"))

        // An evicted session that comes back starts from zero.
        sessions.record(session: "b", cost: usd("0.05"), now: at(.seconds(5)))
        #expect(sessions.sessionsByRecency == ["b", "d", "a"])
        #expect(sessions.spend(of: "b", now: at(.seconds(5)))?.spend == usd("0.05"))
        #expect(sessions.evictions == 2)
    }

    /// Looking a session up is not activity: it does not save it from eviction.
    @Test func lookupDoesNotTouch() {
        var sessions = ledger(capacity: 2)
        sessions.record(session: "a", cost: .zero, now: at(.zero))
        sessions.record(session: "b", cost: .zero, now: at(.seconds(1)))
        #expect(sessions.spend(of: "a", now: at(.seconds(2))) != nil)
        sessions.record(session: "c", cost: .zero, now: at(.seconds(3)))
        #expect(sessions.sessionsByRecency == ["c", "b"])
    }

    /// A session idle for the timeout or longer is gone; activity restarts the timeout.
    @Test func idleExpiry() {
        var sessions = ledger(capacity: 10, idle: .minutes(30))
        sessions.record(session: "a", cost: usd("1"), now: at(.zero))
        sessions.record(session: "b", cost: usd("2"), now: at(.minutes(10)))
        sessions.record(session: "c", cost: usd("3"), now: at(.minutes(20)))
        sessions.record(session: "c", cost: usd("3"), now: at(.minutes(29)))

        #expect(sessions.spend(of: "a", now: at(.minutes(30) - .nanoseconds(1))) != nil)
        #expect(sessions.spend(of: "a", now: at(.minutes(30))) == nil)
        #expect(sessions.count == 3)  // not removed until the next mutation

        sessions.record(session: "d", cost: usd("4"), now: at(.minutes(30)))
        #expect(sessions.expired == 1)
        #expect(sessions.sessionsByRecency == ["d", "c", "b"])

        sessions.removeExpired(now: at(.minutes(55)))
        #expect(sessions.expired == 2)
        #expect(sessions.sessionsByRecency == ["d", "c"])
        #expect(sessions.spend(of: "c", now: at(.minutes(55)))?.spend == usd("6"))

        sessions.removeExpired(now: at(.hours(2)))
        #expect(sessions.count == 0)
        #expect(sessions.expired == 4)
        #expect(sessions.evictions == 0)

        // A session seen again after expiring starts over.
        sessions.record(session: "a", cost: usd("1"), now: at(.hours(2)))
        #expect(sessions.spend(of: "a", now: at(.hours(2)))?.spend == usd("1"))
        #expect(sessions.spend(of: "a", now: at(.hours(2)))?.firstSeen == at(.hours(2)))
    }

    /// Sums are exact: a thousand calls of 0.000123 USD make exactly 0.123 USD.
    @Test(arguments: [
        ("0.000123", 1_000, "0.123"),
        ("0.1", 3, "0.3"),
        ("0.000001", 7, "0.000007"),
        ("12.5", 4, "50"),
    ])
    func exactAccumulation(cost: String, calls: Int, total: String) {
        var sessions = ledger()
        for i in 0..<calls {
            sessions.record(session: "s", cost: usd(cost), inputTokens: 10, outputTokens: 2, now: at(.milliseconds(i)))
        }
        let spend = sessions.spend(of: "s", now: at(.seconds(1)))
        #expect(spend?.spend == usd(total))
        #expect(spend?.calls == calls)
        #expect(spend?.inputTokens == 10 * calls)
        #expect(spend?.outputTokens == 2 * calls)
        #expect(spend?.firstSeen == at(.zero))
        #expect(spend?.lastSeen == at(.milliseconds(calls - 1)))
    }

    /// A priced call adds its total and its tokens (cached input and thinking included).
    @Test func recordsCostBreakdown() {
        var usage = TokenUsage()
        usage.promptTokens = 1_000
        usage.cachedContentTokens = 400
        usage.candidatesTokens = 100
        usage.thoughtsTokens = 50
        let cost = PriceTable.default.cost(of: usage, model: "gemini-2.5-flash", dialect: .vertex)
        var sessions = ledger()
        sessions.record(session: "s", cost: cost, now: at(.zero))
        let spend = sessions.record(session: "s", cost: cost, now: at(.seconds(1)))
        #expect(spend?.spend == cost.total + cost.total)
        #expect(spend?.calls == 2)
        #expect(spend?.inputTokens == 2_000)
        #expect(spend?.outputTokens == 300)
    }

    /// A call costed by the pricing stage (`CallRecord.cost`) adds the same figures.
    @Test func recordsCallCost() {
        var usage = TokenUsage()
        usage.promptTokens = 1_000
        usage.cachedContentTokens = 400
        usage.toolUsePromptTokens = 20
        usage.candidatesTokens = 100
        usage.thoughtsTokens = 50
        let breakdown = PriceTable.default.cost(of: usage, model: "gemini-2.5-flash", dialect: .vertex)
        let cost = CallCost(
            pricedModel: breakdown.model, basis: .reported, serviceTier: breakdown.serviceTier.name,
            input: breakdown.input, cachedInput: breakdown.cachedInput, output: breakdown.output,
            thoughts: breakdown.thoughts, total: breakdown.total, usage: usage
        )
        var byCallCost = ledger()
        var byBreakdown = ledger()
        let a = byCallCost.record(session: "s", cost: cost, now: at(.zero))
        let b = byBreakdown.record(session: "s", cost: breakdown, now: at(.zero))
        #expect(a == b)
        #expect(a?.spend == breakdown.total)
        #expect(a?.inputTokens == 1_020)
        #expect(a?.outputTokens == 150)
    }

    @Test func oddInput() {
        var sessions = ledger()
        #expect(sessions.record(session: "  ", cost: usd("1"), now: at(.zero)) == nil)
        #expect(sessions.count == 0)

        // Negative costs and counts count as zero.
        let spend = sessions.record(
            session: "s", cost: Money(picoUSD: -5), calls: -1, inputTokens: -3, outputTokens: -4, now: at(.zero)
        )
        #expect(spend?.spend == .zero)
        #expect(spend?.calls == 0)
        #expect(spend?.inputTokens == 0)

        // An id over 128 bytes is kept under its first 128 bytes, and found by the same long id.
        let long = String(repeating: "x", count: 300)
        sessions.record(session: long, cost: usd("1"), now: at(.zero))
        #expect(sessions.spend(of: long, now: at(.zero))?.spend == usd("1"))
        #expect(sessions.spend(of: String(repeating: "x", count: 128), now: at(.zero))?.spend == usd("1"))
    }

    /// A conversion is credited the spend not yet credited to an earlier one of the same session.
    @Test func attributeConversion() {
        var sessions = ledger()
        #expect(sessions.attributeConversion(of: "unknown", now: at(.zero)) == nil)

        sessions.record(session: "s", cost: usd("1.00"), now: at(.zero))
        #expect(sessions.attributeConversion(of: "s", now: at(.minutes(1))) == usd("1.00"))
        #expect(sessions.attributeConversion(of: "s", now: at(.minutes(2))) == .zero)
        sessions.record(session: "s", cost: usd("0.50"), now: at(.minutes(3)))
        #expect(sessions.attributeConversion(of: "s", now: at(.minutes(4))) == usd("0.50"))

        let spend = sessions.spend(of: "s", now: at(.minutes(4)))
        #expect(spend?.conversions == 3)
        #expect(spend?.isConverted == true)
        #expect(spend?.attributedSpend == usd("1.50"))
        #expect(spend?.lastSeen == at(.minutes(4)))

        // Crediting is activity: it restarts the idle timeout; an idle session is not credited.
        #expect(sessions.spend(of: "s", now: at(.minutes(33))) != nil)
        #expect(sessions.attributeConversion(of: "s", now: at(.minutes(34))) == nil)
        #expect(sessions.expired == 1)
    }
}
