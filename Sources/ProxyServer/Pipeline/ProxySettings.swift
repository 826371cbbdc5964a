import DatadogExport
import HTTPTypes
import ProxyConfig

/// Request-path settings derived from the configuration (again on each reload).
struct ProxySettings: Sendable {
    var maxRequestBodyBytes: Int
    var maxResponseTapBytes: Int
    var timeouts: TimeoutsConfiguration
    var resolver: UpstreamURLResolver
    /// Set when spans are exported: the sampler and the key it looks rates up by.
    var tracing: TracingSettings?
    /// Give every call trace and span ids even without APM tracing (LLM Observability needs them).
    var identifyCalls = false
    /// The request header carrying the end-user session id.
    var sessionHeader: HTTPField.Name?
    /// Guards that screen requests on the request path (block mode, prompt redaction).
    var guards: GuardStage?

    struct TracingSettings: Sendable {
        var sampler: AgentSampler
        var service: String
        var env: String
    }

    init(_ configuration: ProxyConfiguration) {
        maxRequestBodyBytes = configuration.limits.maxRequestBodyBytes
        maxResponseTapBytes = configuration.limits.maxResponseTapBytes
        timeouts = configuration.upstream.timeouts
        resolver = UpstreamURLResolver(upstream: configuration.upstream)
        sessionHeader = HTTPField.Name(configuration.sessions.header)
    }
}
