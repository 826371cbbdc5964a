/// DogStatsD metric types Outrigger sends (datadog-agent `parse_metrics.go`).
package enum StatsDMetricType: String, Sendable, Hashable {
    /// Summed per flush interval by the client, as datadog-go does.
    case count = "c"
    /// Last value per flush interval.
    case gauge = "g"
    /// Global percentiles server-side; preferred for latencies and token counts.
    case distribution = "d"
}

/// One measurement on its way to the Agent.
package struct MetricSample: Sendable, Hashable {
    package var name: String
    package var value: Double
    package var type: StatsDMetricType
    /// `key:value` tags, low-cardinality only.
    package var tags: [String]

    package init(name: String, value: Double, type: StatsDMetricType, tags: [String]) {
        self.name = name
        self.value = value
        self.type = type
        self.tags = tags
    }
}
