/// What happened to one sent request.
struct RequestOutcome: Sendable {
    var kind: PlannedRequest.Kind
    var destination: PlannedRequest.Destination
    var burst: Bool
    /// The HTTP status, or nil when no response came.
    var status: Int?
    /// Why no response (or no complete body) came, as a short label.
    var error: String?
    /// Time from sending to the last body byte.
    var latency: Duration
    /// `x-mock-hallucinated`: the invented product IDs, if any.
    var hallucinated: Bool = false
    /// `x-mock-faults`: the quality faults the mock injected.
    var faults: [String] = []
    /// `x-outrigger-error`: set when Outrigger answered itself (a block or a proxy error).
    var outriggerError: String?
}
