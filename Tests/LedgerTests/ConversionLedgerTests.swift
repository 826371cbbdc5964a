import Ledger
import Pricing
import ProxyCore
import Testing

@Suite struct ConversionLedgerTests {
    /// What the admin endpoint does with a body: parse, then record.
    private func submit(
        _ body: String,
        to ledger: inout ConversionLedger,
        now: ContinuousClock.Instant
    ) -> Result<ConversionResult, ConversionError> {
        Result { () throws(ConversionError) in try ledger.record(ConversionRequest.parse(body), now: now) }
    }

    /// Everything observable about a ledger, to compare before and after.
    private struct State: Equatable {
        var snapshot: ConversionSnapshot
        var session: SessionSpend?
        var orders: Int
        var sessions: Int
    }

    private func state(_ ledger: ConversionLedger, now: ContinuousClock.Instant) -> State {
        State(
            snapshot: ledger.snapshot(now: now), session: ledger.sessions.spend(of: "s1", now: now),
            orders: ledger.orders.count, sessions: ledger.sessions.count
        )
    }

    @Test func recordsAndCountsDuplicatesOnce() throws {
        var ledger = ConversionLedger()
        ledger.recordCall(session: "s1", amount: usd("0.42"), now: at(.zero))
        let body = #"{"session_id":"s1","order_id":"A-1","value_usd":12.34}"#

        let first = try submit(body, to: &ledger, now: at(.minutes(1))).get()
        guard case .recorded(let event) = first else {
            Issue.record("not recorded: \(first)")
            return
        }
        #expect(event.sessionID == "s1")
        #expect(event.orderID == "A-1")
        #expect(event.value == usd("12.34"))
        #expect(event.creditedSpend == usd("0.42"))
        #expect(event.sessionFound)
        #expect(event.recordedAt == at(.minutes(1)))

        let after = state(ledger, now: at(.minutes(2)))
        for minute in 2...4 {
            let repeated = try submit(body, to: &ledger, now: at(.minutes(minute))).get()
            #expect(repeated == .duplicate(orderID: "A-1"))
        }
        // The same order id in another session, with another value, is still the same order.
        let other = #"{"session_id":"s2","order_id":"A-1","value_usd":99}"#
        let elsewhere = try submit(other, to: &ledger, now: at(.minutes(2))).get()
        #expect(elsewhere == .duplicate(orderID: "A-1"))
        #expect(state(ledger, now: at(.minutes(2))) == after)

        #expect(ledger.totals.conversions == 1)
        #expect(ledger.totals.revenue == usd("12.34"))
        #expect(ledger.totals.convertedSpend == usd("0.42"))
        #expect(ledger.sessions.spend(of: "s1", now: at(.minutes(4)))?.conversions == 1)
    }

    /// Every refused body leaves the ledger exactly as it was.
    @Test(arguments: BadPayload.all)
    func badPayloadChangesNothing(_ bad: BadPayload) {
        var ledger = ConversionLedger()
        ledger.recordCall(session: "s1", amount: usd("1"), now: at(.zero))
        _ = submit(#"{"session_id":"s1","order_id":"first","value_usd":5}"#, to: &ledger, now: at(.zero))
        ledger.recordCall(session: "s1", amount: usd("2"), now: at(.seconds(1)))
        let before = state(ledger, now: at(.seconds(2)))

        switch submit(bad.body, to: &ledger, now: at(.seconds(2))) {
        case .success(let result): Issue.record("accepted: \(result)")
        case .failure(let error): #expect(error.code == bad.code)
        }
        #expect(state(ledger, now: at(.seconds(2))) == before)
    }

    /// A session converting twice is credited its spend once: all of it first, then what came after.
    @Test func repeatedConversionsOfOneSession() {
        var ledger = ConversionLedger()
        ledger.recordCall(session: "s", amount: usd("1.00"), now: at(.zero))
        let a = ledger.record(ConversionRequest(sessionID: "s", orderID: "A", value: usd("10")), now: at(.minutes(1)))
        ledger.recordCall(session: "s", amount: usd("0.50"), now: at(.minutes(2)))
        let b = ledger.record(ConversionRequest(sessionID: "s", orderID: "B", value: usd("20")), now: at(.minutes(3)))
        let c = ledger.record(ConversionRequest(sessionID: "s", orderID: "C", value: usd("30")), now: at(.minutes(4)))

        #expect(credited(a) == usd("1.00"))
        #expect(credited(b) == usd("0.50"))
        #expect(credited(c) == .zero)
        #expect(ledger.totals.conversions == 3)
        #expect(ledger.totals.convertedSpend == usd("1.50"))
        #expect(ledger.totals.revenue == usd("60"))
        #expect(ledger.totals.costPerConversion == usd("0.50"))
    }

    /// A conversion whose session is unknown or expired still counts, with no spend.
    @Test func unknownSession() {
        var ledger = ConversionLedger()
        ledger.recordCall(session: "old", amount: usd("3"), now: at(.zero))
        let unknown = ledger.record(ConversionRequest(sessionID: "never-seen", orderID: "A"), now: at(.minutes(1)))
        let expired = ledger.record(ConversionRequest(sessionID: "old", orderID: "B"), now: at(.minutes(31)))
        for result in [unknown, expired] {
            guard case .recorded(let event) = result else {
                Issue.record("not recorded: \(result)")
                continue
            }
            #expect(!event.sessionFound)
            #expect(event.creditedSpend == .zero)
        }
        #expect(ledger.totals.conversions == 2)
        #expect(ledger.totals.convertedSpend == .zero)
        // All spend counts, credited or not: 3 ÷ 2.
        #expect(ledger.totals.costPerConversion == usd("1.50"))
        #expect(ledger.sessions.count == 0)
    }

    /// Order ids are remembered for their time to live and within their capacity, no longer.
    @Test func orderMemoryIsBounded() {
        var ledger = ConversionLedger(configuration: .init(orderCapacity: 100, orderTimeToLive: .days(7)))
        for i in 0..<1_000 {
            let result = ledger.record(ConversionRequest(sessionID: "s", orderID: "order-\(i)"), now: at(.seconds(i)))
            #expect(result.isRecorded)
        }
        #expect(ledger.orders.count == 100)
        #expect(ledger.orders.evictions == 900)
        #expect(ledger.orders.retainedBytes <= RecentOrderIDs.memoryBound(capacity: 100))
        // A forgotten order counts again; a remembered one does not.
        let forgotten = ledger.record(ConversionRequest(sessionID: "s", orderID: "order-0"), now: at(.seconds(1_000)))
        let remembered = ledger.record(ConversionRequest(sessionID: "s", orderID: "order-999"), now: at(.seconds(1_000)))
        #expect(forgotten.isRecorded)
        #expect(!remembered.isRecorded)
        // After seven days every id is forgotten.
        let later = at(.days(7) + .seconds(1_001))
        let again = ledger.record(ConversionRequest(sessionID: "s", orderID: "order-999"), now: later)
        #expect(again.isRecorded)
        #expect(ledger.orders.count == 1)
        #expect(ledger.totals.conversions == 1_002)
    }

    private func credited(_ result: ConversionResult) -> Money? {
        guard case .recorded(let event) = result else { return nil }
        return event.creditedSpend
    }
}
