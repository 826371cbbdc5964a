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
    /// The tags as they go on the wire: sanitised, sorted, comma-joined.
    package var tagField: String

    /// - Parameter tags: `key:value` tags, low-cardinality only.
    package init(name: String, value: Double, type: StatsDMetricType, tags: [String]) {
        self.init(name: name, value: value, type: type, tagField: DogStatsDAggregator.tagField(tags))
    }

    /// For callers that send many samples with one tag set: build it once with ``tagField(_:)``.
    package init(name: String, value: Double, type: StatsDMetricType, tagField: String) {
        self.name = name
        self.value = value
        self.type = type
        self.tagField = tagField
    }

    /// Sanitises, sorts and joins tags into a reusable tag field.
    package static func tagField(_ tags: [String]) -> String {
        DogStatsDAggregator.tagField(tags)
    }
}
