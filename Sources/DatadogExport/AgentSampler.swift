import Synchronization

/// Sampling from the Agent's `rate_by_service` answer, as dd-trace-py does it
/// (`ddtrace/_trace/sampler.py`): keep iff `(traceIDLow × 1111111111111111111) mod 2^64 ≤ rate × 2^64`.
package final class AgentSampler: Sendable {
    private let rates = Mutex<[String: Double]>([:])

    package init() {}

    /// Replaces the rates with the Agent's latest answer.
    package func update(_ newRates: [String: Double]) {
        rates.withLock { $0 = newRates }
    }

    /// The rate for `service:<service>,env:<env>`, else the default key `service:,env:`, else 1.
    package func rate(service: String, env: String) -> Double {
        rates.withLock { $0["service:\(service),env:\(env)"] ?? $0["service:,env:"] } ?? 1
    }

    /// 1 (AUTO_KEEP) or 0 (AUTO_REJECT) for a trace.
    package func priority(traceIDLow: UInt64, service: String, env: String) -> (priority: Int, rate: Double) {
        let rate = self.rate(service: service, env: env)
        let hashed = traceIDLow &* 1_111_111_111_111_111_111
        let keep = rate >= 1 || Double(hashed) <= rate * 18_446_744_073_709_551_616.0
        return (keep ? 1 : 0, rate)
    }
}
