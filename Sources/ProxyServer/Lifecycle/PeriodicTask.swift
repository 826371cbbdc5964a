import ServiceLifecycle

/// Runs `work` every `interval` until graceful shutdown.
struct PeriodicTask: Service {
    let interval: Duration
    let work: @Sendable () -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { return }
                work()
            }
        }
    }
}
