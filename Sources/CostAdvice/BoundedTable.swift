/// What ``BoundedTable`` needs to know about an entry to choose which ones to drop.
protocol BoundedTableEntry: Sendable {
    /// How often the entry was seen; entries seen least are dropped first.
    var count: Int { get }
    /// When the entry was last seen, in seconds; among equal counts the oldest go first.
    var lastSeen: Double { get }
}

/// A dictionary of at most `capacity` entries keyed by 64-bit fingerprints: a bounded top-K table
/// with batch eviction.
///
/// When a new key arrives and the table is full, the entries are ranked by (count, last seen) and
/// the lower half is dropped in one pass, so eviction costs O(log K) per insert, amortized. A dropped
/// key that comes back starts again from one: counts are never overestimated, unlike a count-min
/// sketch or space-saving summary, so a saving computed from them is never inflated. The price is
/// that a key seen again only after more than about `capacity / 2` newer keys may be forgotten in
/// between, which makes the advice err on the low side under heavy churn.
struct BoundedTable<Entry: BoundedTableEntry>: Sendable {
    /// The entries by key.
    private(set) var entries: [UInt64: Entry] = [:]
    /// The most entries kept.
    let capacity: Int
    /// Entries dropped so far to stay within ``capacity``.
    private(set) var evicted = 0

    /// An empty table.
    /// - Parameters:
    ///   - capacity: The most entries kept; at least 2.
    init(capacity: Int) {
        self.capacity = max(2, capacity)
    }

    /// The number of entries.
    var count: Int { entries.count }

    /// Updates the entry for a key, creating it first when absent (evicting when full).
    /// - Parameters:
    ///   - key: The entry's fingerprint.
    ///   - fresh: A fresh entry (count zero) for a new key; evaluated only when the key is new.
    ///   - update: Changes the entry in place.
    mutating func update(_ key: UInt64, orInsert fresh: @autoclosure () -> Entry, _ update: (inout Entry) -> Void) {
        if entries[key] == nil, entries.count >= capacity { evictLowerHalf() }
        update(&entries[key, default: fresh()])
    }

    /// Drops the half of the entries seen least (oldest first on ties, then by key for determinism).
    private mutating func evictLowerHalf() {
        let ranked = entries.map { Rank(key: $0.key, count: $0.value.count, lastSeen: $0.value.lastSeen) }.sorted()
        let drop = entries.count - capacity / 2
        for victim in ranked.prefix(drop) { entries[victim.key] = nil }
        evicted += drop
    }

    /// An entry's place in the eviction order: fewest sightings, then oldest, then by key.
    private struct Rank: Comparable {
        var key: UInt64
        var count: Int
        var lastSeen: Double

        static func < (lhs: Rank, rhs: Rank) -> Bool {
            if lhs.count != rhs.count { return lhs.count < rhs.count }
            if lhs.lastSeen != rhs.lastSeen { return lhs.lastSeen < rhs.lastSeen }
            return lhs.key < rhs.key
        }
    }
}
