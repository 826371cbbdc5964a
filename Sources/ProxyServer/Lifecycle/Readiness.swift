import Synchronization

/// Liveness and readiness for `/healthz` and `/readyz`: ready once the traffic listener is up,
/// not ready again once graceful shutdown starts (so Kubernetes stops routing before we stop).
final class Readiness: Sendable {
    private let trafficListening = Atomic<Bool>(false)
    private let draining = Atomic<Bool>(false)
    /// Set when readiness waits for the first catalog load (`catalog.wait_for_first_load`).
    private let waitingForCatalog = Atomic<Bool>(false)
    /// Set while the interception listener (`tls.listen`) is configured but not yet bound.
    private let waitingForInterception = Atomic<Bool>(false)

    func waitForInterception() { waitingForInterception.store(true, ordering: .releasing) }
    func markInterceptionListening() { waitingForInterception.store(false, ordering: .releasing) }

    func waitForCatalog() { waitingForCatalog.store(true, ordering: .releasing) }
    func markCatalogLoaded() { waitingForCatalog.store(false, ordering: .releasing) }

    func markListening() { trafficListening.store(true, ordering: .releasing) }
    func markDraining() { draining.store(true, ordering: .releasing) }

    var isReady: Bool {
        reason == nil
    }

    /// Why the proxy is not ready, or nil.
    var reason: String? {
        if draining.load(ordering: .acquiring) { return "shutting down" }
        if !trafficListening.load(ordering: .acquiring) { return "traffic listener not started" }
        if waitingForInterception.load(ordering: .acquiring) { return "interception listener not started" }
        if waitingForCatalog.load(ordering: .acquiring) { return "waiting for the first catalog load" }
        return nil
    }
}
