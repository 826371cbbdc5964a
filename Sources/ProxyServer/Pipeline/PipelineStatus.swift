/// What the call pipeline did so far: counts only ever grow.
struct PipelineCounters: Sendable, Equatable {
    /// Calls recorded without the heavy checks (queue backed up, or recorded inline).
    var light = 0
    /// Calls recorded on the submitting thread because the queue was full (in calls or bytes).
    var inline = 0
    /// Checks skipped by light records, per stage.
    var shedGrounding = 0
    var shedQuality = 0
    var shedGuards = 0
}

/// The pipeline's counts and its queue, for `/v1/status`.
struct PipelineStatus: Sendable {
    var counters: PipelineCounters
    var queuedCalls: Int
    var queueBytes: Int
    var queuePeakBytes: Int
    var queueMaxBytes: Int
}
