/// Accumulates ``RequestOutcome``s into a ``LoadReport``.
struct LoadReportBuilder {
    private var report: LoadReport
    private var latencies: [Double] = []

    init(plan: LoadPlan, admin: Bool) {
        let counts = plan.countsByKind
        let conversions = counts[.conversion] ?? 0
        report = LoadReport(
            scenario: plan.configuration.scenario, seed: plan.configuration.seed, rate: plan.configuration.rate,
            durationSeconds: plan.configuration.seconds, elapsedSeconds: 0,
            planned: plan.requests.count - conversions, sent: 0, sentByKind: [:], burstRequests: 0, statusCounts: [:],
            errors: [:], latencyMs: .init(p50: 0, p99: 0, max: 0), blocked: 0, proxyErrors: [:], hallucinated: 0, faults: [:],
            conversions: .init(planned: conversions, posted: 0, recorded: 0, duplicate: 0, failed: 0, skipped: admin ? 0 : conversions),
            behindSchedule: 0
        )
    }

    mutating func started(behind: Bool) {
        if behind { report.behindSchedule += 1 }
    }

    mutating func add(_ outcome: RequestOutcome) {
        if outcome.destination == .admin {
            report.conversions.posted += 1
            switch outcome.status {
            case 201: report.conversions.recorded += 1
            case 200: report.conversions.duplicate += 1
            default: report.conversions.failed += 1
            }
            if let error = outcome.error { report.errors["conversion: " + error, default: 0] += 1 }
            return
        }
        report.sent += 1
        report.sentByKind[outcome.kind.rawValue, default: 0] += 1
        if outcome.burst { report.burstRequests += 1 }
        if let status = outcome.status { report.statusCounts[String(status), default: 0] += 1 }
        if let error = outcome.error { report.errors[error, default: 0] += 1 }
        if outcome.hallucinated { report.hallucinated += 1 }
        for fault in outcome.faults { report.faults[fault, default: 0] += 1 }
        if let reason = outcome.outriggerError {
            if reason == "prompt_injection" || reason == "session_blocked" {
                report.blocked += 1
            } else {
                report.proxyErrors[reason, default: 0] += 1
            }
        }
        if outcome.status != nil, outcome.error == nil {
            let parts = outcome.latency.components
            latencies.append(Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15)
        }
    }

    func finish(elapsed: Duration) -> LoadReport {
        var report = report
        let parts = elapsed.components
        report.elapsedSeconds = Double(parts.seconds) + Double(parts.attoseconds) / 1e18
        let sorted = latencies.sorted()
        report.latencyMs = .init(p50: Self.percentile(sorted, 0.5), p99: Self.percentile(sorted, 0.99), max: sorted.last ?? 0)
        return report
    }

    /// The nearest-rank percentile of ascending `values` (0 when empty).
    static func percentile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let rank = Int((q * Double(values.count)).rounded(.up))
        return values[min(values.count, max(1, rank)) - 1]
    }
}
