import ProxyCore
import Synchronization

/// When open calls must end during a graceful shutdown. Unset until SIGTERM; then every relay
/// checks it after each chunk and cuts its stream once it has passed.
final class DrainDeadline: Sendable {
    private let origin = ContinuousClock.now
    /// Nanoseconds after `origin`; `Int64.max` while not draining.
    private let deadline = Atomic<Int64>(.max)

    /// Starts the grace period now.
    func begin(gracePeriod: Duration) {
        let at = (ContinuousClock.now - origin) + gracePeriod
        deadline.store(at.nanoseconds, ordering: .releasing)
    }

    /// Whether the grace period has run out.
    var hasPassed: Bool {
        let at = deadline.load(ordering: .acquiring)
        return at != .max && (ContinuousClock.now - origin).nanoseconds >= at
    }
}
