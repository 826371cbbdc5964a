import DatadogExport
import ProxyCore

/// The guards' findings as DogStatsD metrics and events (docs/metrics.md): the injection score per
/// scored call, detections by category, personal data by kind and direction, blocks, and an
/// event when a request is blocked or a session is flagged. Tags stay low-cardinality; session
/// ids and evidence never become tags.
struct SecurityTelemetry: CallRecordSink {
    let client: DogStatsDClient
    let llmService: String

    func record(_ record: CallRecord) {
        guard let security = record.security else { return }
        let base = ["api:" + record.dialect.rawValue, "llm_service:" + llmService]
        let tagField = MetricSample.tagField(base)
        if let score = security.injectionScore {
            client.record(MetricSample(name: "llm.security.injection_attempt_score", value: score, type: .distribution, tagField: tagField))
        }
        if security.isInjection {
            for category in security.categories {
                client.record(MetricSample(name: "llm.security.injection_detected", value: 1, type: .count, tags: base + ["category:" + category]))
            }
        }
        for (direction, counts) in [("prompt", security.promptPII), ("response", security.responsePII)] {
            for (kind, count) in counts where count > 0 {
                client.record(
                    MetricSample(
                        name: "llm.security.pii_detected", value: Double(count), type: .count,
                        tags: base + ["pii_type:" + kind, "direction:" + direction]
                    )
                )
            }
        }
        if let reason = security.blockReason {
            client.record(MetricSample(name: "llm.security.blocked", value: 1, type: .count, tags: base + ["reason:" + reason]))
            client.send(
                DogStatsDEvent(
                    title: "Outrigger blocked a request (\(reason))",
                    text: "llm_service \(llmService), model \(record.model), score \(Self.score(security.injectionScore)), "
                        + "categories \(security.categories.joined(separator: ", ")). \(security.evidence.prefix(3).joined(separator: "; "))",
                    alertType: .warning, aggregationKey: "outrigger-guard-block-\(llmService)",
                    tags: base + ["reason:" + reason]
                )
            )
        }
        if security.sessionFlagged {
            client.record(MetricSample(name: "llm.security.session_flagged", value: 1, type: .count, tagField: tagField))
            client.send(
                DogStatsDEvent(
                    title: "Outrigger flagged a session for repeated injection attempts",
                    text: "llm_service \(llmService): a session (\(record.sessionID ?? "unknown")) sent more suspicious requests "
                        + "than guards.session_limit within guards.session_window.",
                    alertType: .warning, aggregationKey: "outrigger-guard-session-\(llmService)", tags: base
                )
            )
        }
    }

    static func score(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(Double(Int((value * 1000).rounded())) / 1000)
    }
}
