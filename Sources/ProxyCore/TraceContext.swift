/// Distributed-trace identity of one proxied call: the incoming context (Datadog or W3C headers)
/// and the span Outrigger creates for the call.
///
/// Extraction follows dd-trace-py `ddtrace/propagation/http.py` (reference: datadog.md §3):
/// Datadog headers first, then `traceparent`; `_dd.p.tid` carries the high 64 bits of a
/// 128-bit trace id.
package struct TraceContext: Sendable, Hashable {
    package var traceIDHigh: UInt64
    package var traceIDLow: UInt64
    /// The caller's span, or 0 when Outrigger starts the trace.
    package var parentID: UInt64
    /// Outrigger's span for this call.
    package var spanID: UInt64
    /// Sampling priority decided upstream (−1…2), or nil when Outrigger decides.
    package var samplingPriority: Int?
    package var origin: String?
    /// `_dd.p.*` tags to propagate (without `_dd.p.tid`, which is derived from `traceIDHigh`).
    package var propagatedTags: [String: String]
    /// Other vendors' `tracestate` members, kept in order after ours.
    package var foreignTraceState: String?

    package init(
        traceIDHigh: UInt64, traceIDLow: UInt64, parentID: UInt64, spanID: UInt64, samplingPriority: Int? = nil,
        origin: String? = nil, propagatedTags: [String: String] = [:], foreignTraceState: String? = nil
    ) {
        self.traceIDHigh = traceIDHigh
        self.traceIDLow = traceIDLow
        self.parentID = parentID
        self.spanID = spanID
        self.samplingPriority = samplingPriority
        self.origin = origin
        self.propagatedTags = propagatedTags
        self.foreignTraceState = foreignTraceState
    }

    /// The 128-bit trace id as 32 lowercase hex characters.
    package var traceIDHex: String { Self.hex16(traceIDHigh) + Self.hex16(traceIDLow) }

    /// `x` as 16 lowercase hex characters.
    package static func hex16(_ x: UInt64) -> String {
        let s = String(x, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
