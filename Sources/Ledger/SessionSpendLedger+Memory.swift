/// The memory bound of the per-session table (see ``BoundedLRU`` for the model).
///
/// For the default 10,000 sessions, with ids of at most 128 bytes:
/// `memoryBound = capacity × (nodeStride + keyHeapBytes(128)) + indexBuckets(capacity) × bucketBytes
/// + fixedOverheadBytes` = 10,000 × (120 + 192) + 16,384 × 21 + 8,448 = 3,472,512 bytes (3.3 MiB),
/// whatever the number of sessions seen. Ids of at most 15 bytes need no heap of their own, which
/// brings it down to about 1.5 MB. Per session that is at most
/// ``SessionSpendLedger/approximateBytesPerEntry`` = 368 bytes.
extension SessionSpendLedger {
    private typealias Table = BoundedLRU<SessionSpend>

    /// The most memory a ledger of `capacity` sessions can hold, whatever the number of sessions
    /// seen: `capacity × (nodeStride + keyHeapBytes(128)) + indexBuckets(capacity) × bucketBytes
    /// + fixedOverheadBytes`.
    /// - Parameters:
    ///   - capacity: Sessions kept at most.
    package static func memoryBound(capacity: Int) -> Int {
        Table.memoryBound(capacity: capacity, maximumKeyBytes: SessionResolver.maximumUTF8Length)
    }

    /// Bytes per session at most, the index's share included: `nodeStride + keyHeapBytes(128)
    /// + ⌈8 × bucketBytes / 3⌉` (a power-of-two index at most three quarters full holds at most 8/3
    /// buckets per entry). `memoryBound(c) ≤ c × approximateBytesPerEntry + fixedOverheadBytes`.
    package static var approximateBytesPerEntry: Int {
        Table.nodeStride + Table.keyHeapBytes(utf8Count: SessionResolver.maximumUTF8Length)
            + (8 * Table.bucketBytes + 2) / 3
    }

    /// Bytes allowed for buffer headers and page rounding, independent of the capacity.
    package static var fixedOverheadBytes: Int { Table.fixedOverheadBytes }

    /// The memory held now, computed from the table's actual capacities and live ids by the same
    /// model as ``memoryBound(capacity:)``.
    package var retainedBytes: Int { table.retainedBytes }

    /// ``memoryBound(capacity:)`` for this ledger's capacity.
    package var memoryBound: Int { Self.memoryBound(capacity: capacity) }
}
