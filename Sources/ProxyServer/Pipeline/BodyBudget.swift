import Synchronization

/// The bytes of request bodies being received or forwarded at once, over all connections
/// (`limits.in_flight_body_bytes`). A body that would go over it is refused with a 503; a lone
/// body always fits, so a limit below `max_request_body` cannot lock out large requests.
final class BodyBudget: Sendable {
    let limit: Int
    private let held = Atomic<Int>(0)
    private let refusedCount = Atomic<Int>(0)

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Bytes reserved now.
    var inFlight: Int { held.load(ordering: .relaxed) }
    /// Requests refused because the budget was spent.
    var refused: Int { refusedCount.load(ordering: .relaxed) }

    /// Takes `bytes` more for a body that already holds `current`; false (and counted) when that
    /// would go over the limit while other bodies hold part of it.
    func reserve(_ bytes: Int, holding current: Int) -> Bool {
        var now = held.load(ordering: .relaxed)
        while true {
            let others = now - current
            guard others <= 0 || now + bytes <= limit else {
                refusedCount.add(1, ordering: .relaxed)
                return false
            }
            let (exchanged, original) = held.compareExchange(expected: now, desired: now + bytes, ordering: .relaxed)
            if exchanged { return true }
            now = original
        }
    }

    /// Gives back bytes reserved before.
    func release(_ bytes: Int) {
        if bytes > 0 { held.subtract(bytes, ordering: .relaxed) }
    }
}

/// One request's share of a ``BodyBudget``: grows as its body arrives, and is given back once,
/// when the call is handed to the analysis queue (or, at the latest, when the last copy goes).
final class BodyReservation: Sendable {
    private let budget: BodyBudget
    private let bytes = Atomic<Int>(0)

    init(_ budget: BodyBudget) {
        self.budget = budget
    }

    /// Grows the share to `total` bytes; false when the budget refuses.
    func grow(to total: Int) -> Bool {
        let current = bytes.load(ordering: .relaxed)
        guard total > current else { return true }
        guard budget.reserve(total - current, holding: current) else { return false }
        bytes.store(total, ordering: .relaxed)
        return true
    }

    /// Gives the share back (once).
    func release() {
        budget.release(bytes.exchange(0, ordering: .relaxed))
    }

    deinit { release() }
}
