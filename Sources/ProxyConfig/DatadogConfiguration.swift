/// Which telemetry Outrigger sends to the node's Datadog Agent. YAML section `datadog`.
/// Addresses and unified service tags come from the standard `DD_*` variables (docs/telemetry.md).
package struct DatadogConfiguration: Sendable, Equatable {
    /// DogStatsD metrics, events and service checks. YAML `datadog.metrics`, default `true`.
    package var metrics: Bool
    /// One APM span per call, with trace context propagated upstream. YAML `datadog.traces`,
    /// default `true`; env `DD_TRACE_ENABLED=false` turns it off, as in Datadog's tracers.
    package var traces: Bool
    /// LLM Observability spans and evaluations. YAML `datadog.llmobs`.
    package var llmobs: LLMObsConfiguration
    /// Bytes each span exporter (APM traces, LLM Observability) holds at most, queued or being
    /// sent; beyond it new spans are dropped and counted. 64 KiB to 1 GiB. YAML
    /// `datadog.export_queue_bytes`, default `4MiB`.
    package var exportQueueBytes: Int

    /// Creates a Datadog configuration; every parameter defaults to its documented default.
    package init(metrics: Bool = true, traces: Bool = true, llmobs: LLMObsConfiguration = .default, exportQueueBytes: Int = 4 << 20) {
        self.metrics = metrics
        self.traces = traces
        self.llmobs = llmobs
        self.exportQueueBytes = exportQueueBytes
    }

    /// Metrics, traces and LLM Observability on.
    package static let `default` = DatadogConfiguration()
}

extension DatadogConfiguration: ConfigSection {
    /// Reads the `datadog` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        self.init(
            metrics: reader.bool("metrics", default: defaults.metrics),
            traces: reader.bool("traces", default: defaults.traces),
            llmobs: reader.section("llmobs"),
            exportQueueBytes: reader.byteSize("export_queue_bytes", default: defaults.exportQueueBytes, in: (64 << 10)...(1 << 30))
        )
    }
}
