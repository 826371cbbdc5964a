import Synchronization

/// Counts the traffic listener's open connections and refuses those beyond `limits.max_connections`.
/// Refused connections are counted for `/v1/status`.
final class ConnectionLimiter: Sendable {
    /// The most connections open at once.
    let capacity: Int
    private let openCount = Atomic<Int>(0)
    private let refusedCount = Atomic<Int>(0)

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Takes a slot for a new connection; false (and counted) when all are taken.
    func admit() -> Bool {
        let open = openCount.add(1, ordering: .relaxed).newValue
        guard open > capacity else { return true }
        openCount.subtract(1, ordering: .relaxed)
        refusedCount.add(1, ordering: .relaxed)
        return false
    }

    /// Gives back the slot of a connection that closed.
    func release() {
        openCount.subtract(1, ordering: .relaxed)
    }

    /// Connections open now.
    var open: Int { openCount.load(ordering: .relaxed) }
    /// Connections closed at once because all slots were taken, since start.
    var refused: Int { refusedCount.load(ordering: .relaxed) }
}
