/// How much memory a ``BoundedLRU`` holds, computed from its own counts and capacities.
///
/// The model, for 64-bit platforms:
/// - node array: `nodeStride` bytes per slot, never more than `capacity` slots;
/// - key index: a dictionary whose bucket count is a power of two, at most three quarters full, so
///   at most `indexBuckets(capacity)` buckets of `String` + `Int32` (plus one bit each, counted as a
///   byte here);
/// - keys: up to 15 UTF-8 bytes stored inline; longer ones in one heap object of a 32-byte header,
///   the bytes and a terminator, rounded up to 16, plus 16 bytes of allocator overhead;
/// - a fixed allowance of ``fixedOverheadBytes`` for buffer headers and for the allocator rounding
///   each of the two large buffers up to whole pages (which can give the node array a few more
///   slots than requested).
///
/// It is an accounting of the structure, not a measurement of the process. While the table fills,
/// the node array and the index grow by doubling and free their smaller buffers; the allocator may
/// keep those for reuse, so the process can hold up to about one more node array and index (once,
/// not per session) beyond the bound. Measured on Linux with 10,000 sessions of 128-byte ids: the
/// model said 3,383 KiB, the resident size grew by 3,992 KiB.
extension BoundedLRU {
    /// Code units a `String` stores inline, without a heap object.
    static var smallStringCapacity: Int { 15 }

    /// Header bytes of the node array's and the dictionary's storage objects (generous).
    static var headerBytes: Int { 2 * 128 }

    /// Bytes allowed for the two storage headers and for the allocator rounding each large buffer
    /// up to whole 4 KiB pages.
    static var fixedOverheadBytes: Int { headerBytes + 2 * 4_096 }

    /// Bytes of one slot of the node array.
    static var nodeStride: Int { MemoryLayout<Node>.stride }

    /// Bytes of one dictionary bucket: the key, the node index and a bit of occupancy (as a byte).
    static var bucketBytes: Int { MemoryLayout<String>.stride + MemoryLayout<Int32>.stride + 1 }

    /// Heap bytes of a key of `utf8Count` bytes: 0 up to 15, else `⌈(32 + n + 1) / 16⌉ × 16 + 16`.
    /// - Parameters:
    ///   - utf8Count: The key's length in UTF-8 bytes.
    static func keyHeapBytes(utf8Count: Int) -> Int {
        guard utf8Count > smallStringCapacity else { return 0 }
        return (32 + utf8Count + 1 + 15) / 16 * 16 + 16
    }

    /// Dictionary buckets needed to hold `entries` keys: the smallest power of two at least
    /// `⌈entries × 4 / 3⌉` (the dictionary stays at most three quarters full).
    /// - Parameters:
    ///   - entries: The number of keys.
    static func indexBuckets(entries: Int) -> Int {
        guard entries > 0 else { return 0 }
        let needed = (entries * 4 + 2) / 3
        var buckets = 1
        while buckets < needed { buckets <<= 1 }
        return buckets
    }

    /// The most memory a map of `capacity` entries can hold with keys of at most `maximumKeyBytes`:
    ///
    /// `capacity × (nodeStride + keyHeapBytes(maximumKeyBytes))
    ///   + indexBuckets(capacity) × bucketBytes + fixedOverheadBytes`.
    /// - Parameters:
    ///   - capacity: Entries kept at most.
    ///   - maximumKeyBytes: The longest key, in UTF-8 bytes.
    static func memoryBound(capacity: Int, maximumKeyBytes: Int) -> Int {
        capacity * (nodeStride + keyHeapBytes(utf8Count: maximumKeyBytes))
            + indexBuckets(entries: capacity) * bucketBytes + fixedOverheadBytes
    }

    /// The memory held right now, by the same model as ``memoryBound(capacity:maximumKeyBytes:)``,
    /// from the node array's and dictionary's actual capacities and the live keys' lengths.
    var retainedBytes: Int {
        nodes.capacity * Self.nodeStride
            + Self.indexBuckets(entries: index.capacity) * Self.bucketBytes
            + keyBytes + Self.headerBytes
    }
}
