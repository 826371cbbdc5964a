import Ledger
import Pricing
import ProxyCore
import Testing

@Suite struct SessionSpendLedgerMemoryTests {
    /// The documented bound for the default 10,000 sessions: 10,000 × (120 + 192)
    /// + 16,384 × 21 + 8,448 bytes.
    @Test func documentedBound() {
        #expect(SessionSpendLedger.memoryBound(capacity: 10_000) == 10_000 * (120 + 192) + 16_384 * 21 + 8_448)
        #expect(SessionSpendLedger.memoryBound(capacity: 10_000) == 3_472_512)
        #expect(SessionSpendLedger.approximateBytesPerEntry == 120 + 192 + 56)
        for capacity in [1, 10, 1_000, 10_000, 12_288, 12_289, 100_000] {
            #expect(
                SessionSpendLedger.memoryBound(capacity: capacity)
                    <= capacity * SessionSpendLedger.approximateBytesPerEntry + SessionSpendLedger.fixedOverheadBytes
            )
        }
    }

    /// 100,000 distinct sessions through a table of 10,000: the last 10,000 stay, 90,000 are
    /// evicted, and the storage held stays within the documented bound.
    @Test func hundredThousandSessions() {
        var sessions = SessionSpendLedger()
        var highWater = 0
        for i in 0..<100_000 {
            // 40-byte ids, long enough to need heap storage of their own.
            let id = "session-\(100_000 + i)-0123456789abcdef01234"
            sessions.record(session: id, cost: Money(picoUSD: 1_000), now: at(.milliseconds(i)))
            #expect(sessions.count <= sessions.capacity)
            if i % 1_000 == 999 { highWater = max(highWater, sessions.retainedBytes) }
        }
        #expect(sessions.count == 10_000)
        #expect(sessions.evictions == 90_000)
        #expect(sessions.expired == 0)
        #expect(highWater <= sessions.memoryBound)
        #expect(sessions.retainedBytes <= SessionSpendLedger.memoryBound(capacity: 10_000))
        #expect(sessions.retainedBytes < 4_000_000)

        let now = at(.seconds(100))
        #expect(sessions.spend(of: "session-\(100_000 + 89_999)-0123456789abcdef01234", now: now) == nil)
        #expect(sessions.spend(of: "session-\(100_000 + 90_000)-0123456789abcdef01234", now: now)?.calls == 1)
        #expect(sessions.sessionsByRecency.first == "session-\(100_000 + 99_999)-0123456789abcdef01234")
    }

    /// With ids at the 128-byte maximum the table comes close to the bound but stays under it,
    /// and cycling through more sessions does not grow it.
    @Test func maximumLengthIDs() {
        var sessions = SessionSpendLedger(configuration: .init(capacity: 1_000))
        let padding = String(repeating: "p", count: 120)
        var afterFirstFill = 0
        for i in 0..<5_000 {
            sessions.record(session: "\(10_000_000 + i)" + padding, cost: .zero, now: at(.milliseconds(i)))
            if i == 999 { afterFirstFill = sessions.retainedBytes }
        }
        #expect(sessions.count == 1_000)
        #expect(sessions.evictions == 4_000)
        #expect(sessions.retainedBytes == afterFirstFill)
        #expect(sessions.retainedBytes <= sessions.memoryBound)
        #expect(Double(sessions.retainedBytes) > 0.9 * Double(sessions.memoryBound - SessionSpendLedger.fixedOverheadBytes))
    }

    /// Expired sessions release their ids' storage.
    @Test func expiryReleasesKeys() {
        var sessions = SessionSpendLedger(configuration: .init(capacity: 100, idleTimeout: .minutes(1)))
        for i in 0..<100 {
            sessions.record(session: "a-long-session-id-\(i)", cost: .zero, now: at(.zero))
        }
        let full = sessions.retainedBytes
        sessions.removeExpired(now: at(.minutes(1)))
        #expect(sessions.count == 0)
        #expect(sessions.expired == 100)
        #expect(sessions.retainedBytes < full)
    }
}
