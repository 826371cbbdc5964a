/// Where and how DogStatsD datagrams are sent, configured the Datadog way (as datadog-go reads
/// its environment, `statsd/statsdex.go`).
package struct DogStatsDConfiguration: Sendable, Equatable {
    /// The Agent's DogStatsD endpoint.
    package enum Endpoint: Sendable, Equatable, CustomStringConvertible {
        case udp(host: String, port: Int)
        case unixDatagram(path: String)

        package var description: String {
            switch self {
            case .udp(let host, let port): "udp://\(host):\(port)"
            case .unixDatagram(let path): "unix://\(path)"
            }
        }

        /// Largest datagram: 1432 B over UDP (no fragmentation at MTU 1500), 8192 B over UDS
        /// (the Agent's `dogstatsd_buffer_size`). datadog-go `OptimalUDPPayloadSize`, `DefaultMaxAgentPayloadSize`.
        package var maxDatagramBytes: Int {
            switch self {
            case .udp: 1432
            case .unixDatagram: 8192
            }
        }
    }

    package var endpoint: Endpoint
    /// Tags added to every metric, event and service check: unified service tags, `DD_TAGS`,
    /// and `dd.internal.entity_id` from `DD_ENTITY_ID`.
    package var globalTags: [String]
    /// How often aggregated counts and gauges are flushed (datadog-go: 2 s).
    package var flushInterval: Duration
    /// Samples queued at most between flushes; beyond it samples are dropped and counted.
    package var queueCapacity: Int

    package init(endpoint: Endpoint, globalTags: [String] = [], flushInterval: Duration = .seconds(2), queueCapacity: Int = 16_384) {
        self.endpoint = endpoint
        self.globalTags = globalTags
        self.flushInterval = flushInterval
        self.queueCapacity = queueCapacity
    }
}
