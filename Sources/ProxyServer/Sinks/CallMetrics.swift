import DatadogExport
import ProxyCore

/// Turns each finished call into DogStatsD samples, with the metric names the owners'
/// dashboards query (docs/metrics.md). Tags stay low-cardinality: never session, user or
/// request ids.
struct CallMetrics: CallRecordSink {
    let client: DogStatsDClient
    /// The `llm_service` tag: the calling service's name, from `service_name`.
    let service: String
    let connectivity = UpstreamConnectivity()
    /// Model names come from request paths: at most 256 become tag values, like the status page.
    let models = BoundedNames(limit: StatusStore.maxModels, overflow: "other_models")

    func record(_ record: CallRecord) {
        if let host = record.upstreamHost, let status = connectivity.update(host: host, outcome: record.outcome, now: .now) {
            client.send(
                DogStatsDServiceCheck(
                    name: "outrigger.upstream.can_connect", status: status,
                    message: status == .ok ? nil : record.errorMessage, tags: ["upstream:" + host, "llm_service:" + service]
                )
            )
        }
        let tagList = [
            "model:" + (record.model.isEmpty ? "none" : models.admit(record.model)),
            "api:" + record.dialect.rawValue,
            "operation:" + record.operation.rawValue,
            "stream:" + (record.isStreamed ? "true" : "false"),
            "status_class:" + Self.statusClass(record.status),
            "llm_service:" + service,
        ]
        let tags = MetricSample.tagField(tagList)
        client.record(MetricSample(name: "llm.request.count", value: 1, type: .count, tagField: tags))
        if record.outcome.isError {
            client.record(MetricSample(name: "llm.request.errors", value: 1, type: .count, tags: tagList + ["outcome:" + record.outcome.rawValue]))
        }
        client.record(MetricSample(name: "llm.request.duration", value: record.duration.milliseconds, type: .distribution, tagField: tags))
        guard record.operation.isGeneration else { return }
        if let ttfb = record.timeToFirstByte {
            client.record(MetricSample(name: "llm.time_to_first_token", value: ttfb.milliseconds, type: .distribution, tagField: tags))
        }
        if let cost = record.cost {
            if cost.basis == .unknownModel {
                client.record(MetricSample(name: "llm.request.cost_unknown", value: 1, type: .count, tagField: tags))
            } else {
                client.record(
                    MetricSample(
                        name: "llm.tokens.total_cost_usd", value: cost.total.dollars, type: .distribution,
                        tags: tagList + ["cost_basis:" + cost.basis.rawValue]
                    )
                )
                // The same dollars as a count (summed client-side per flush), for Datadog queries
                // that need sums over long windows: the cost-per-conversion monitor's 7-day baseline.
                client.record(MetricSample(name: "llm.spend_usd", value: cost.total.dollars, type: .count, tagField: tags))
            }
        }
        guard let response = record.response else { return }
        if let usage = response.usage {
            client.record(MetricSample(name: "llm.tokens.input", value: Double(usage.promptTokens), type: .distribution, tagField: tags))
            client.record(MetricSample(name: "llm.tokens.output", value: Double(usage.candidatesTokens), type: .distribution, tagField: tags))
            client.record(MetricSample(name: "llm.tokens.thoughts", value: Double(usage.thoughtsTokens), type: .distribution, tagField: tags))
            client.record(MetricSample(name: "llm.tokens.cached", value: Double(usage.cachedContentTokens), type: .distribution, tagField: tags))
        }
        if response.chunkCount > 0, response.error == nil {
            client.record(MetricSample(name: "llm.response.length_chars", value: Double(response.text.count), type: .distribution, tagField: tags))
        }
    }

    /// `2xx`, `4xx`, `5xx`…; `none` when no status was sent.
    static func statusClass(_ status: Int) -> String {
        (100..<600).contains(status) ? "\(status / 100)xx" : "none"
    }
}
