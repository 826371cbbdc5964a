import NIOPosix

#if os(Linux)
import Glibc
#endif

/// One OS thread for the analysis of finished calls, at a lower scheduling priority than the
/// event loops.
///
/// The analyses (grounding, quality, guard scoring, LLM Observability encoding) cost far more CPU
/// than relaying a request. On a small node they would compete with the event loops for the same
/// cores and show up as tail latency; at a higher nice value the kernel gives the request path
/// the CPU first, and when the node is saturated the analysis falls behind and its bounded queue
/// sheds (counted) instead of slowing traffic.
final class BackgroundThread: Sendable {
    private let pool: NIOThreadPool

    /// - Parameter niceness: added to the thread's nice value (Linux: per thread); 0 keeps it.
    init(niceness: Int32 = 10) {
        pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        #if os(Linux)
        if niceness != 0 {
            pool.submit { _ in
                // On Linux the nice value is per thread, and `who` 0 is the calling thread.
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
            }
        }
        #endif
    }

    /// Runs `work` on the thread and returns its result.
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        try await pool.runIfActive(work)
    }

    /// Stops the thread once queued work is done.
    func shutdown() async {
        try? await pool.shutdownGracefully()
    }
}
