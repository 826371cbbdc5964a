import DatadogExport

/// The Datadog exporters that are switched on; nil members are off.
struct Exporters: Sendable {
    var dogStatsD: DogStatsDClient?
    var traces: TraceWriter?
    var llmObs: LLMObsWriter?

    /// One `/v1/status` entry per exporter that is on.
    func statusEntries() -> [String: StatusReport.Exporter] {
        var entries: [String: StatusReport.Exporter] = [:]
        if let dogStatsD {
            entries["dogstatsd"] = .init(endpoint: dogStatsD.endpoint.description, stats: dogStatsD.currentStats)
        }
        if let traces {
            entries["traces"] = .init(endpoint: traces.configuration.agentURL + "/v0.4/traces", stats: traces.currentStats)
        }
        if let llmObs {
            entries["llmobs"] = .init(
                endpoint: llmObs.configuration.agentURL + LLMObsWriterConfiguration.spansPath, stats: llmObs.currentStats
            )
        }
        return entries
    }
}
