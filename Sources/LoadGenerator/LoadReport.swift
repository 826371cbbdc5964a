/// The outcome of a run: what was sent, how it was answered, and what the mock and the proxy
/// said about it.
package struct LoadReport: Sendable, Codable, Equatable {
    /// Latency percentiles in milliseconds, from sending to the last body byte.
    package struct Latency: Sendable, Codable, Equatable {
        package var p50: Double
        package var p99: Double
        package var max: Double
    }

    /// Orders posted to `/v1/conversions`.
    package struct Conversions: Sendable, Codable, Equatable {
        /// Planned orders.
        package var planned: Int
        /// Posted orders.
        package var posted: Int
        /// 201: recorded by Outrigger.
        package var recorded: Int
        /// 200: the order was already recorded.
        package var duplicate: Int
        /// Any other status, or no response.
        package var failed: Int
        /// Not posted because no `--admin` URL was given.
        package var skipped: Int
    }

    package var scenario: Scenario
    package var seed: UInt64
    package var rate: Double
    package var durationSeconds: Double
    package var elapsedSeconds: Double
    /// Generation requests planned (conversions excluded).
    package var planned: Int
    /// Generation requests sent.
    package var sent: Int
    /// Sent generation requests by kind (`benign`, `attack`, `junk`).
    package var sentByKind: [String: Int]
    /// Attack requests sent in bursts from one session.
    package var burstRequests: Int
    /// Responses by HTTP status.
    package var statusCounts: [String: Int]
    /// Requests with no (complete) response, by error.
    package var errors: [String: Int]
    package var latencyMs: Latency
    /// Requests Outrigger blocked (`x-outrigger-error: prompt_injection` or `session_blocked`).
    package var blocked: Int
    /// Other answers Outrigger made itself (`x-outrigger-error`), by reason.
    package var proxyErrors: [String: Int]
    /// Answers where the mock invented a product ID (`x-mock-hallucinated`).
    package var hallucinated: Int
    /// Quality faults the mock injected (`x-mock-faults`), by fault.
    package var faults: [String: Int]
    package var conversions: Conversions
    /// Requests sent more than 100 ms after their planned time (the concurrency limit was reached
    /// or the machine could not keep up).
    package var behindSchedule: Int

    enum CodingKeys: String, CodingKey {
        case scenario, seed, rate, planned, sent, errors, blocked, hallucinated, faults, conversions
        case durationSeconds = "duration_seconds", elapsedSeconds = "elapsed_seconds", sentByKind = "sent_by_kind"
        case burstRequests = "burst_requests", statusCounts = "status_counts", latencyMs = "latency_ms"
        case proxyErrors = "proxy_errors", behindSchedule = "behind_schedule"
    }

    /// Requests that got an HTTP response.
    package var responded: Int { statusCounts.values.reduce(0, +) }
}
