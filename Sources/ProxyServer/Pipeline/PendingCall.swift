import GeminiWire
import NIOCore
import ProxyCore

/// Everything the request path learned about a call, handed to the ``CallProcessor`` after the
/// last byte so decoding and accounting happen off the critical path.
struct PendingCall: Sendable {
    var id: String
    var startedAt: Double
    var start: ContinuousClock.Instant
    var end: ContinuousClock.Instant
    var firstChunkAt: ContinuousClock.Instant?
    var route: Route
    var status: Int
    var outcome: CallOutcome
    var requestBody: ByteBuffer?
    var requestBytes: Int
    var responseBytes: Int
    var contentEncoding: String?
    var responseChunks: [ByteBuffer]
    var tapTruncated: Bool
    var errorMessage: String?
    var upstreamHost: String?
    var trace: TraceContext?
    var samplingPriority: Int?
    var agentSampleRate: Double?
    /// The raw value of the session header, if sent.
    var sessionID: String?
    /// What the guards found on the request path, when they screened it there.
    var security: SecurityFindings?
    /// The prompt the guards read on the request path (the body is then not parsed again).
    var prompt: PromptSummary?
    var httpMethod = "POST"
    var target = ""
    /// gRPC calls: the status from the trailers (nil for REST calls) and its `grpc-message`, still percent-encoded.
    var grpcStatus: Int?
    var grpcMessage: String?
    /// gRPC calls: the request's `grpc-encoding`, and its message once decoded on the request path.
    var grpcRequestEncoding: String?
    var grpcRequest: GRPCRequestSummary?
    /// This call's share of `limits.in_flight_body_bytes`, given back when the call is submitted.
    var bodyReservation: BodyReservation?

    /// Whether the call is gRPC (its answers and trailers follow gRPC's rules).
    var isGRPC: Bool { route.streamFormat == .grpc }

    /// A call that has just arrived: nothing sent, nothing answered yet.
    init(id: String, route: Route) {
        self.id = id
        startedAt = WallClock.now()
        start = .now
        end = start
        self.route = route
        status = 0
        outcome = .ok
        requestBytes = 0
        responseBytes = 0
        responseChunks = []
        tapTruncated = false
    }
}
