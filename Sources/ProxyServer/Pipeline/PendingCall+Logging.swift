package import Logging
import ProxyCore

extension PendingCall {
    /// The call's log fields: its id and, once it has a trace, Datadog's correlation keys
    /// (`dd.trace_id` and `dd.span_id` as the decimal low 64 bits, the form the Agent's log
    /// pipeline joins to APM traces), so a log line links to the call's span.
    var logMetadata: Logger.Metadata {
        var fields: Logger.Metadata = ["id": .string(id)]
        if let trace {
            fields["dd.trace_id"] = .string(String(trace.traceIDLow))
            fields["dd.span_id"] = .string(String(trace.spanID))
        }
        return fields
    }

    /// ``logMetadata`` with more fields.
    func logMetadata(_ extra: Logger.Metadata) -> Logger.Metadata {
        logMetadata.merging(extra) { _, new in new }
    }
}
