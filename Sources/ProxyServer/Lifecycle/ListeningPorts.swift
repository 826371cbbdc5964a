import Synchronization

/// The ports the listeners actually bound (useful with port 0), awaitable.
package final class ListeningPorts: Sendable {
    private struct State {
        var traffic: Int?
        var admin: Int?
        var waiters: [CheckedContinuation<(traffic: Int, admin: Int), Never>] = []
        var interception: Int?
        var interceptionWaiters: [CheckedContinuation<Int, Never>] = []
    }

    private let state = Mutex(State())
    private let onReady: @Sendable (Int, Int) -> Void

    init(onReady: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) {
        self.onReady = onReady
    }

    func setTraffic(_ port: Int) { update { $0.traffic = port } }
    func setAdmin(_ port: Int) { update { $0.admin = port } }

    func setInterception(_ port: Int) {
        let waiters = state.withLock { s in
            s.interception = port
            defer { s.interceptionWaiters = [] }
            return s.interceptionWaiters
        }
        for w in waiters { w.resume(returning: port) }
    }

    /// Waits until the interception listener (`tls.listen`) is bound and returns its port.
    package func waitForInterception() async -> Int {
        await withCheckedContinuation { continuation in
            let port: Int? = state.withLock { s in
                if let port = s.interception { return port }
                s.interceptionWaiters.append(continuation)
                return nil
            }
            if let port { continuation.resume(returning: port) }
        }
    }

    private func update(_ body: (inout State) -> Void) {
        let ready: ([CheckedContinuation<(traffic: Int, admin: Int), Never>], (Int, Int))? = state.withLock { s in
            body(&s)
            guard let t = s.traffic, let a = s.admin else { return nil }
            let waiters = s.waiters
            s.waiters = []
            return (waiters, (t, a))
        }
        if let (waiters, ports) = ready {
            onReady(ports.0, ports.1)
            for w in waiters { w.resume(returning: ports) }
        }
    }

    /// Waits until both listeners are bound and returns their ports.
    package func wait() async -> (traffic: Int, admin: Int) {
        await withCheckedContinuation { continuation in
            let ports: (Int, Int)? = state.withLock { s in
                if let t = s.traffic, let a = s.admin { return (t, a) }
                s.waiters.append(continuation)
                return nil
            }
            if let ports { continuation.resume(returning: ports) }
        }
    }
}
