/// The order ids seen recently, in a set of bounded size, for idempotent conversions.
///
/// An id is remembered for ``timeToLive`` after it was first seen (a repeat does not extend it),
/// and at most ``capacity`` ids are held: beyond that the oldest is forgotten early and counted in
/// ``evictions``. An order re-sent after it was forgotten counts again; size the limits so that
/// retries arrive well within them. Memory stays under ``memoryBound(capacity:)``.
package struct RecentOrderIDs: Sendable {
    private var table: BoundedLRU<Void>

    /// An empty set.
    /// - Parameters:
    ///   - capacity: Ids held at most; clamped to at least 1.
    ///   - timeToLive: How long an id is remembered after it was first seen.
    package init(capacity: Int, timeToLive: Duration) {
        table = BoundedLRU(capacity: capacity, timeToLive: timeToLive)
    }

    /// Ids held at most.
    package var capacity: Int { table.capacity }
    /// How long an id is remembered.
    package var timeToLive: Duration { table.timeToLive }
    /// Ids held now (expired ones may linger until the next insertion).
    package var count: Int { table.count }
    /// Ids forgotten before their time to make room.
    package var evictions: Int { table.evictions }
    /// Ids forgotten after their time to live.
    package var expired: Int { table.expirations }

    /// Whether `id` was seen within its time to live and is still held.
    /// - Parameters:
    ///   - id: The order id.
    ///   - now: The current time.
    package func contains(_ id: String, now: ContinuousClock.Instant) -> Bool {
        table.entry(id, now: now) != nil
    }

    /// Remembers `id` unless it is already held.
    /// - Parameters:
    ///   - id: The order id, at most 128 UTF-8 bytes (longer ids still work, outside the bound).
    ///   - now: The current time.
    /// - Returns: Whether the id was new.
    @discardableResult
    package mutating func insert(_ id: String, now: ContinuousClock.Instant) -> Bool {
        // A repeat is not a use: the id keeps its first-seen time, so the table stays in arrival order.
        var isNew = false
        table.upsert(id, now: now, touch: false, make: { isNew = true }) { _ in }
        return isNew
    }

    /// The most memory a set of `capacity` ids of at most 128 bytes can hold:
    /// `capacity × (nodeStride + keyHeapBytes(128)) + indexBuckets(capacity) × bucketBytes
    /// + fixedOverheadBytes` (see ``BoundedLRU``). For the default 100,000 ids that is
    /// 100,000 × (40 + 192) + 262,144 × 21 + 8,448 bytes, about 28.7 MB, four fifths of it the ids'
    /// own storage; ids of at most 15 bytes need none, which brings it down to about 9.5 MB.
    /// - Parameters:
    ///   - capacity: Ids held at most.
    package static func memoryBound(capacity: Int) -> Int {
        BoundedLRU<Void>.memoryBound(capacity: capacity, maximumKeyBytes: ConversionRequest.maximumIDLength)
    }

    /// The memory held now, by the same model as ``memoryBound(capacity:)``.
    package var retainedBytes: Int { table.retainedBytes }
}
