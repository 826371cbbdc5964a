/// A fixed-capacity map from string keys to values, with least-recently-used eviction and an idle
/// timeout. Every operation is O(1) (expiry is amortized O(1)).
///
/// Entries live in one array of nodes linked into a doubly linked list by their array indices, most
/// recent first; freed nodes are chained into a free list and reused. A dictionary maps each key to
/// its node. There is no allocation per entry beyond the key's own storage (none for keys of up to
/// 15 UTF-8 bytes), and the node array never grows past `capacity`.
///
/// Expiry pops from the least-recent end. That is exact as long as `now` never goes backwards (a
/// `ContinuousClock` guarantees it); an entry found idle on lookup is treated as absent either way.
struct BoundedLRU<Value: Sendable>: Sendable {
    /// One slot of the node array: a live entry, or a link in the free list.
    struct Node: Sendable {
        var key: String
        var value: Value
        /// When the entry was last touched; it expires `timeToLive` after this.
        var touched: ContinuousClock.Instant
        /// Neighbour towards the most recent end, or `none`.
        var newer: Int32
        /// Neighbour towards the least recent end (or the next free node), or `none`.
        var older: Int32
    }

    static var none: Int32 { -1 }

    /// Entries kept at most; the least recently used one is evicted to make room.
    let capacity: Int
    /// How long an entry may stay untouched before it expires.
    let timeToLive: Duration
    private(set) var nodes: [Node] = []
    private(set) var index: [String: Int32] = [:]
    private var newest: Int32 = none
    private var oldest: Int32 = none
    private var free: Int32 = none
    /// Entries dropped to make room for a new key.
    private(set) var evictions = 0
    /// Entries dropped because they were idle for `timeToLive` or longer.
    private(set) var expirations = 0
    /// Heap bytes held by the live keys (see ``BoundedLRU/keyHeapBytes(utf8Count:)``).
    private(set) var keyBytes = 0

    /// An empty map.
    /// - Parameters:
    ///   - capacity: Entries kept at most; clamped to 1…`Int32.max`.
    ///   - timeToLive: Idle time after which an entry expires; clamped to at least one nanosecond.
    init(capacity: Int, timeToLive: Duration) {
        self.capacity = min(max(capacity, 1), Int(Int32.max))
        self.timeToLive = max(timeToLive, .nanoseconds(1))
    }

    /// Live entries (some may be idle past their timeout until the next mutation removes them).
    var count: Int { index.count }

    /// The entry for `key` and when it was last touched, or nil when absent or expired.
    /// - Parameters:
    ///   - key: The key.
    ///   - now: The current time.
    func entry(_ key: String, now: ContinuousClock.Instant) -> (value: Value, touched: ContinuousClock.Instant)? {
        guard let slot = index[key] else { return nil }
        let node = nodes[Int(slot)]
        guard !isExpired(node, now: now) else { return nil }
        return (node.value, node.touched)
    }

    /// Changes the entry for `key`, creating it first when absent.
    ///
    /// Expired entries are removed first; when the map is full, the least recently used entry is
    /// evicted to make room.
    /// - Parameters:
    ///   - key: The key.
    ///   - now: The current time.
    ///   - touch: Whether this counts as a use: it moves the entry to the most recent end and
    ///     restarts its idle timeout. New entries are always touched.
    ///   - make: The value of a new entry, before `body` runs.
    ///   - body: Changes the value.
    mutating func upsert<R>(
        _ key: String,
        now: ContinuousClock.Instant,
        touch: Bool = true,
        make: () -> Value,
        _ body: (inout Value) -> R
    ) -> R {
        removeExpired(now: now)
        if let slot = index[key] {
            if touch { moveToFront(slot, now: now) }
            return body(&nodes[Int(slot)].value)
        }
        if index.count >= capacity {
            remove(slot: oldest)
            evictions += 1
        }
        let node = Node(key: Self.compact(key), value: make(), touched: now, newer: Self.none, older: Self.none)
        let slot = allocate(node)
        index[nodes[Int(slot)].key] = slot
        keyBytes += Self.keyHeapBytes(utf8Count: key.utf8.count)
        linkAtFront(slot)
        return body(&nodes[Int(slot)].value)
    }

    /// Changes the entry for `key` only if it exists and has not expired.
    /// - Parameters:
    ///   - key: The key.
    ///   - now: The current time.
    ///   - touch: Whether this counts as a use (see ``upsert(_:now:touch:make:_:)``).
    ///   - body: Changes the value.
    mutating func update<R>(
        _ key: String,
        now: ContinuousClock.Instant,
        touch: Bool = true,
        _ body: (inout Value) -> R
    ) -> R? {
        removeExpired(now: now)
        guard let slot = index[key] else { return nil }
        if isExpired(nodes[Int(slot)], now: now) {
            remove(slot: slot)
            expirations += 1
            return nil
        }
        if touch { moveToFront(slot, now: now) }
        return body(&nodes[Int(slot)].value)
    }

    /// Removes the entries idle for `timeToLive` or longer, oldest first.
    /// - Parameters:
    ///   - now: The current time.
    mutating func removeExpired(now: ContinuousClock.Instant) {
        while oldest != Self.none, isExpired(nodes[Int(oldest)], now: now) {
            remove(slot: oldest)
            expirations += 1
        }
    }

    /// Keys from the most to the least recently used; O(n), for diagnostics and tests.
    var keysByRecency: [String] {
        var keys: [String] = []
        keys.reserveCapacity(index.count)
        var slot = newest
        while slot != Self.none {
            keys.append(nodes[Int(slot)].key)
            slot = nodes[Int(slot)].older
        }
        return keys
    }

    // MARK: Internals

    private func isExpired(_ node: Node, now: ContinuousClock.Instant) -> Bool {
        now - node.touched >= timeToLive
    }

    /// Puts `node` in a free slot, growing the array in bounded steps (never past `capacity`).
    private mutating func allocate(_ node: Node) -> Int32 {
        if free != Self.none {
            let slot = free
            free = nodes[Int(slot)].older
            nodes[Int(slot)] = node
            return slot
        }
        if nodes.count == nodes.capacity {
            // Explicit reservation allocates exactly this many slots, unlike append's own growth.
            nodes.reserveCapacity(min(capacity, max(16, nodes.capacity * 2)))
        }
        nodes.append(node)
        return Int32(nodes.count - 1)
    }

    /// Unlinks a live node, forgets its key and puts the slot on the free list.
    private mutating func remove(slot: Int32) {
        unlink(slot)
        let key = nodes[Int(slot)].key
        keyBytes -= Self.keyHeapBytes(utf8Count: key.utf8.count)
        index[key] = nil
        // Release the key's storage now; the value is plain data and is overwritten on reuse.
        nodes[Int(slot)].key = ""
        nodes[Int(slot)].older = free
        nodes[Int(slot)].newer = Self.none
        free = slot
    }

    private mutating func moveToFront(_ slot: Int32, now: ContinuousClock.Instant) {
        nodes[Int(slot)].touched = now
        guard slot != newest else { return }
        unlink(slot)
        linkAtFront(slot)
    }

    private mutating func linkAtFront(_ slot: Int32) {
        nodes[Int(slot)].newer = Self.none
        nodes[Int(slot)].older = newest
        if newest != Self.none { nodes[Int(newest)].newer = slot }
        newest = slot
        if oldest == Self.none { oldest = slot }
    }

    private mutating func unlink(_ slot: Int32) {
        let (newer, older) = (nodes[Int(slot)].newer, nodes[Int(slot)].older)
        if newer != Self.none { nodes[Int(newer)].older = older } else { newest = older }
        if older != Self.none { nodes[Int(older)].newer = newer } else { oldest = newer }
    }

    /// A copy of `key` in storage of its own size, so that a key built by appending does not keep
    /// spare capacity alive. Keys of up to 15 UTF-8 bytes are stored inline and need no copy.
    private static func compact(_ key: String) -> String {
        key.utf8.count <= smallStringCapacity ? key : String(decoding: Array(key.utf8), as: UTF8.self)
    }
}
