/// Bounds on what one client can hold: body sizes, headers, connections and time.
/// YAML section `limits`. These apply to the traffic listener; `limits.max_request_body` and
/// `limits.max_response_tap` reload live, the others take effect on restart.
package struct LimitsConfiguration: Sendable, Equatable {
    /// The largest request body accepted, in bytes; larger requests get a 413. At least 1 KiB.
    /// YAML `limits.max_request_body`, default `32MiB`.
    package var maxRequestBodyBytes: Int
    /// How much of each response body is kept for decoding usage and text, in bytes; the whole
    /// body is still relayed. At least 1 KiB. YAML `limits.max_response_tap`, default `8MiB`.
    package var maxResponseTapBytes: Int
    /// The largest request head (request line and all header fields), in bytes; a larger one gets
    /// a 400 and the connection closes. 1 KiB to 1 MiB. YAML `limits.max_header_bytes`, default `64KiB`.
    package var maxHeaderBytes: Int
    /// The most header fields in one request, 1...10000; more gets a 400 and a close.
    /// YAML `limits.max_header_count`, default `100`.
    package var maxHeaderCount: Int
    /// The most open client connections, 1...1000000; a connection beyond it is closed at once
    /// and counted. YAML `limits.max_connections`, default `4096`.
    package var maxConnections: Int
    /// How long a connection may stay silent, between requests or while its request head
    /// arrives byte by byte, before it is closed (0s: never). YAML `limits.idle_timeout`, default `75s`.
    package var idleTimeout: Duration
    /// How long a request may take from its head to its last body byte; a slower one is cut and
    /// its connection closed (0s: never). YAML `limits.request_read_timeout`, default `60s`.
    package var requestReadTimeout: Duration
    /// The most bytes of finished calls waiting for (or in) analysis: their request bodies and
    /// tapped responses. When a call would go over it, it is recorded on the request's own thread
    /// without the heavy checks instead of waiting, so no call goes unrecorded and memory stays
    /// bounded. 64 KiB to 1 GiB. YAML `limits.analysis_queue_bytes`, default `4MiB`.
    package var analysisQueueBytes: Int
    /// The most bytes of request bodies being received or forwarded at once, over all
    /// connections. A request whose body would go over it gets a 503 with `Retry-After`; one body
    /// up to `max_request_body` always fits when nothing else is in flight. YAML
    /// `limits.in_flight_body_bytes`, default `64MiB`.
    package var inFlightBodyBytes: Int

    /// Creates limits; every parameter defaults to its documented default.
    package init(
        maxRequestBodyBytes: Int = 32 << 20, maxResponseTapBytes: Int = 8 << 20, maxHeaderBytes: Int = 64 << 10,
        maxHeaderCount: Int = 100, maxConnections: Int = 4096, idleTimeout: Duration = .seconds(75),
        requestReadTimeout: Duration = .seconds(60), analysisQueueBytes: Int = 4 << 20, inFlightBodyBytes: Int = 64 << 20
    ) {
        self.maxRequestBodyBytes = maxRequestBodyBytes
        self.maxResponseTapBytes = maxResponseTapBytes
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxConnections = maxConnections
        self.idleTimeout = idleTimeout
        self.requestReadTimeout = requestReadTimeout
        self.analysisQueueBytes = analysisQueueBytes
        self.inFlightBodyBytes = inFlightBodyBytes
    }

    /// 32 MiB requests, 8 MiB response tap, 64 KiB and 100 header fields, 4,096 connections,
    /// 75 s idle, 60 s to read a request.
    package static let `default` = LimitsConfiguration()
}
