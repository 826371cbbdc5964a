import Ledger
import Testing

@Suite struct RecentOrderIDsTests {
    /// The documented bound for the default 100,000 ids of at most 128 bytes.
    @Test func documentedBound() {
        #expect(RecentOrderIDs.memoryBound(capacity: 100_000) == 100_000 * (40 + 192) + 262_144 * 21 + 8_448)
    }

    @Test func capacityEvictsOldestFirst() {
        var orders = RecentOrderIDs(capacity: 1_000, timeToLive: .days(7))
        for i in 0..<5_000 {
            let isNew = orders.insert("order-\(i)-with-a-longer-id", now: at(.seconds(i)))
            #expect(isNew)
        }
        let now = at(.seconds(5_000))
        #expect(orders.count == 1_000)
        #expect(orders.evictions == 4_000)
        #expect(!orders.contains("order-3999-with-a-longer-id", now: now))
        #expect(orders.contains("order-4000-with-a-longer-id", now: now))
        #expect(orders.retainedBytes <= RecentOrderIDs.memoryBound(capacity: 1_000))
    }

    /// An id is remembered for its time to live from first sight; a repeat does not extend it.
    @Test func timeToLive() {
        var orders = RecentOrderIDs(capacity: 10, timeToLive: .days(7))
        let first = orders.insert("a", now: at(.zero))
        let repeated = orders.insert("a", now: at(.days(6)))
        #expect(first)
        #expect(!repeated)
        #expect(orders.contains("a", now: at(.days(7) - .seconds(1))))
        #expect(!orders.contains("a", now: at(.days(7))))
        let other = orders.insert("b", now: at(.days(7)))
        #expect(other)
        #expect(orders.expired == 1)
        let again = orders.insert("a", now: at(.days(7)))
        #expect(again)
        #expect(orders.count == 2)
        #expect(orders.evictions == 0)
    }
}
