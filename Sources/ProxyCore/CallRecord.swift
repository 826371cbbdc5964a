/// How a proxied call ended, as a label-safe code.
package enum CallOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// The upstream answered 2xx and the body was relayed completely.
    case ok
    /// The upstream answered with a non-2xx status (relayed as is).
    case upstreamError = "upstream_error"
    /// An error object arrived in the middle of a 2xx stream.
    case streamError = "stream_error"
    /// Outrigger could not connect to the upstream, or the connection was reset (502).
    case connectFailed = "connect_failed"
    /// A connect, first-byte, idle or total timeout fired (504).
    case timeout
    /// The client went away before the response was complete.
    case clientDisconnected = "client_disconnected"
    /// The request body exceeded the configured limit (413).
    case tooLarge = "too_large"
    /// Request bodies in flight already held `limits.in_flight_body_bytes` (503).
    case overloaded
    /// Outrigger itself failed to handle the request.
    case proxyError = "proxy_error"
    /// A guard answered the request without calling Google (`guards.mode: block`).
    case blocked
    /// Outrigger refused the request line before forwarding anything (CONNECT, TRACE, a target
    /// that is not a path) or answered it itself (`OPTIONS *`).
    case rejected

    /// Whether the outcome counts as an error in status counters.
    package var isError: Bool { self != .ok }
}

/// An immutable record of one proxied call, built when the call ends.
package struct CallRecord: Sendable {
    /// A per-process unique id (hex), for correlating logs and status entries.
    package var id: String
    /// Wall-clock start, seconds since the Unix epoch.
    package var startedAt: Double
    package var dialect: Dialect
    package var operation: LLMOperation
    /// The model named in the path (aliases are resolved later, by pricing).
    package var model: String
    package var apiVersion: String?
    package var streamFormat: StreamFormat
    /// The status sent to the client.
    package var status: Int
    package var outcome: CallOutcome
    /// From the request's arrival to the last byte relayed.
    package var duration: Duration
    /// From the request's arrival to the first response body byte from upstream.
    package var timeToFirstByte: Duration?
    package var requestBytes: Int
    package var responseBytes: Int
    /// The request body could not be parsed as the expected JSON (it was still forwarded).
    package var requestUnparsed: Bool
    /// What the response said; nil when no upstream response was read.
    package var response: ResponseSummary?
    /// A short, credential-free description of a proxy-side failure.
    package var errorMessage: String?
    /// The upstream host the call was sent to (`us-central1-aiplatform.googleapis.com`); nil if none.
    package var upstreamHost: String?
    /// The call's trace identity when tracing is on.
    package var trace: TraceContext?
    /// The sampling priority propagated for the trace, and the agent rate behind it (nil if inherited).
    package var samplingPriority: Int?
    package var agentSampleRate: Double?
    /// What a generation request asked (messages and settings); nil for other calls or unparsed bodies.
    package var prompt: PromptSummary?
    /// Grounding against the catalog and the quality score; nil when the answer was not checked.
    package var checks: ResponseChecks?
    /// What the guards found; nil when no guard looked at the call.
    package var security: SecurityFindings?
    /// What the call cost; nil for calls that are not billed (not a generation, or no 2xx answer).
    package var cost: CallCost?
    /// The end-user session id from the configured request header, for LLM Observability only.
    package var sessionID: String?
    /// The request method and path (credentials redacted), for span tags.
    package var httpMethod: String = "POST"
    package var redactedTarget: String = ""
    /// gRPC calls: the status code from the trailers (0 is OK); nil for REST calls.
    package var grpcStatus: Int?

    package init(
        id: String, startedAt: Double, dialect: Dialect, operation: LLMOperation, model: String,
        apiVersion: String?, streamFormat: StreamFormat, status: Int, outcome: CallOutcome,
        duration: Duration, timeToFirstByte: Duration?, requestBytes: Int, responseBytes: Int,
        requestUnparsed: Bool, response: ResponseSummary?, errorMessage: String?, upstreamHost: String? = nil
    ) {
        self.id = id
        self.startedAt = startedAt
        self.dialect = dialect
        self.operation = operation
        self.model = model
        self.apiVersion = apiVersion
        self.streamFormat = streamFormat
        self.status = status
        self.outcome = outcome
        self.duration = duration
        self.timeToFirstByte = timeToFirstByte
        self.requestBytes = requestBytes
        self.responseBytes = responseBytes
        self.requestUnparsed = requestUnparsed
        self.response = response
        self.errorMessage = errorMessage
        self.upstreamHost = upstreamHost
    }

    /// Whether the call was streamed (`:streamGenerateContent`).
    package var isStreamed: Bool {
        streamFormat == .grpc ? operation == .streamGenerateContent : streamFormat != .unary
    }
}
