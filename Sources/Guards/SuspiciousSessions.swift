/// Counts suspicious requests per session over a sliding window, flags sessions that exceed the
/// limit, and keeps a flagged session blocked for the cool-down. Memory is bounded: at most
/// `capacity` sessions are tracked; when full, sessions with nothing left in their window are
/// dropped first, and if none can be, a new session is not tracked (and counted).
package struct SuspiciousSessions: Sendable {
    struct Entry: Sendable {
        var times: [ContinuousClock.Instant] = []
        var blockedUntil: ContinuousClock.Instant?
        var flagged = false
    }

    package let limit: Int
    package let window: Duration
    package let cooldown: Duration
    package let capacity: Int
    private var entries: [String: Entry] = [:]
    /// Sessions not tracked because the table was full.
    package private(set) var untracked = 0

    package init(limit: Int, window: Duration, cooldown: Duration, capacity: Int = 10_000) {
        self.limit = max(1, limit)
        self.window = window
        self.cooldown = cooldown
        self.capacity = max(1, capacity)
    }

    package var count: Int { entries.count }

    /// What the tracker says about a session after one more request.
    package struct Status: Sendable, Equatable {
        /// Suspicious requests in the window, this one included.
        package var recent: Int
        /// The session has exceeded the limit in the window (now or earlier, within the cool-down).
        package var flagged: Bool
        /// The session became flagged with this request.
        package var newlyFlagged: Bool
        /// The session is in its cool-down: block it.
        package var blocked: Bool
    }

    /// Whether `session` is blocked at `now`, without recording anything.
    package func isBlocked(_ session: String, now: ContinuousClock.Instant) -> Bool {
        entries[session]?.blockedUntil.map { now < $0 } ?? false
    }

    /// Records a request from `session`; `suspicious` requests count toward the limit.
    package mutating func record(_ session: String, suspicious: Bool, now: ContinuousClock.Instant) -> Status {
        if entries[session] == nil {
            guard suspicious else { return Status(recent: 0, flagged: false, newlyFlagged: false, blocked: false) }
            if entries.count >= capacity { prune(now: now) }
            guard entries.count < capacity else {
                untracked += 1
                return Status(recent: 1, flagged: false, newlyFlagged: false, blocked: false)
            }
            entries[session] = Entry()
        }
        var entry = entries[session]!
        let horizon = now - window
        entry.times.removeAll { $0 <= horizon }
        if suspicious {
            entry.times.append(now)
            if entry.times.count > limit + 1 { entry.times.removeFirst(entry.times.count - limit - 1) }
        }
        let over = entry.times.count > limit
        let newly = over && !entry.flagged
        if over {
            entry.flagged = true
            if cooldown > .zero { entry.blockedUntil = now + cooldown }
        } else if entry.blockedUntil.map({ now >= $0 }) ?? true {
            entry.flagged = false
            entry.blockedUntil = nil
        }
        let blocked = entry.blockedUntil.map { now < $0 } ?? false
        entries[session] = entry
        return Status(recent: entry.times.count, flagged: entry.flagged, newlyFlagged: newly, blocked: blocked)
    }

    /// Drops sessions with nothing in their window and no cool-down left.
    package mutating func prune(now: ContinuousClock.Instant) {
        let horizon = now - window
        entries = entries.filter { _, entry in
            (entry.times.last.map { $0 > horizon } ?? false) || (entry.blockedUntil.map { now < $0 } ?? false)
        }
    }
}
