/// Timeouts for upstream calls. YAML section `upstream.timeouts`; each is 1ms...24h.
package struct TimeoutsConfiguration: Sendable, Equatable {
    /// Connecting to the upstream, TCP and TLS. YAML `upstream.timeouts.connect`, default `5s`.
    package var connect: Duration
    /// From sending the request to the response head. YAML `upstream.timeouts.first_byte`, default `120s`.
    package var firstByte: Duration
    /// The longest silence from the upstream once the request is sent: between two body chunks, and
    /// also before the response head (so the head waits at most the smaller of `firstByte` and `idle`).
    /// YAML `upstream.timeouts.idle`, default `120s`.
    package var idle: Duration
    /// The whole call, including a long stream. YAML `upstream.timeouts.total`, default `600s`.
    package var total: Duration

    /// Creates timeouts; every parameter defaults to its documented default.
    package init(
        connect: Duration = .seconds(5), firstByte: Duration = .seconds(120), idle: Duration = .seconds(120),
        total: Duration = .seconds(600)
    ) {
        self.connect = connect
        self.firstByte = firstByte
        self.idle = idle
        self.total = total
    }

    /// Connect 5s, first byte 120s, idle 120s, total 600s.
    package static let `default` = TimeoutsConfiguration()
}
