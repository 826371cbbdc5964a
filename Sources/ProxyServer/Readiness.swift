import Synchronization

/// Liveness and readiness for `/healthz` and `/readyz`: ready once the traffic listener is up,
/// not ready again once graceful shutdown starts (so Kubernetes stops routing before we stop).
final class Readiness: Sendable {
    private let trafficListening = Atomic<Bool>(false)
    private let draining = Atomic<Bool>(false)

    func markListening() { trafficListening.store(true, ordering: .releasing) }
    func markDraining() { draining.store(true, ordering: .releasing) }

    var isReady: Bool {
        trafficListening.load(ordering: .acquiring) && !draining.load(ordering: .acquiring)
    }

    /// Why the proxy is not ready, or nil.
    var reason: String? {
        if draining.load(ordering: .acquiring) { return "shutting down" }
        if !trafficListening.load(ordering: .acquiring) { return "traffic listener not started" }
        return nil
    }
}
