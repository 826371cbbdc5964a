/// What the call pipeline did: calls recorded without the heavy analyses or inline, the checks
/// they shed, and the analysis queue's depth and bytes.
extension StatusReport {
    struct Pipeline: Encodable, Sendable {
        /// Calls not recorded at all: 0 since calls that do not fit the queue are recorded inline;
        /// kept for readers of older reports.
        var droppedCalls = 0
        /// Calls recorded without the heavy analyses while the queue was backed up or full.
        var recordedWithoutAnalysis = 0
        /// Calls recorded on their request's thread because the queue was full (in calls or bytes).
        var recordedInline = 0
        /// Checks skipped by those records, per stage.
        var shed = Shed()
        var queuedCalls = 0
        var queueBytes = 0
        var queuePeakBytes = 0
        var queueMaxBytes = 0

        struct Shed: Encodable, Sendable {
            var grounding = 0
            var quality = 0
            var guards = 0
        }

        init() {}

        init(_ status: PipelineStatus) {
            recordedWithoutAnalysis = status.counters.light
            recordedInline = status.counters.inline
            shed = Shed(grounding: status.counters.shedGrounding, quality: status.counters.shedQuality, guards: status.counters.shedGuards)
            queuedCalls = status.queuedCalls
            queueBytes = status.queueBytes
            queuePeakBytes = status.queuePeakBytes
            queueMaxBytes = status.queueMaxBytes
        }

        enum CodingKeys: String, CodingKey {
            case droppedCalls = "dropped_calls", recordedWithoutAnalysis = "recorded_without_analysis"
            case recordedInline = "recorded_inline", shed, queuedCalls = "queued_calls", queueBytes = "queue_bytes"
            case queuePeakBytes = "queue_peak_bytes", queueMaxBytes = "queue_max_bytes"
        }
    }
}
