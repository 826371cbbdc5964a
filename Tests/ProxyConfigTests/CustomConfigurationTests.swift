import ProxyConfig
import Testing

/// A file that sets every key to a non-default value reads back as exactly that configuration.
@Suite struct CustomConfigurationTests {
    static let yaml = """
        listen: "[::]:18080"
        service_name: checkout-api
        admin:
          listen: localhost:0
          recent_calls: 0
        upstream:
          gemini_api_url: http://127.0.0.1:9001
          vertex_regional_url: "http://{location}.vertex.mock:9002/prefix"
          vertex_global_url: https://global.vertex.mock
          vertex_multi_region_url: http://multi.vertex.mock
          fallback_url: https://fallback.mock/
          http2: off
          max_connections_per_host: 100_000
          timeouts:
            connect: 250ms
            first_byte: 1m30s
            idle: 2.5
            total: 1h
        limits:
          max_request_body: 1KiB
          max_response_tap: 10MB
        logging:
          level: critical
          format: JSON
        """

    static let expected: ProxyConfiguration = {
        var configuration = ProxyConfiguration.default
        configuration.listen = ListenAddress(host: "::", port: 18080)
        configuration.serviceName = "checkout-api"
        configuration.admin = AdminConfiguration(listen: ListenAddress(host: "localhost", port: 0), recentCalls: 0)
        configuration.upstream = UpstreamConfiguration(
            geminiAPIURL: "http://127.0.0.1:9001",
            vertexRegionalURL: "http://{location}.vertex.mock:9002/prefix",
            vertexGlobalURL: "https://global.vertex.mock",
            vertexMultiRegionURL: "http://multi.vertex.mock",
            fallbackURL: "https://fallback.mock/",
            http2: false,
            maxConnectionsPerHost: 100_000,
            timeouts: TimeoutsConfiguration(
                connect: .milliseconds(250), firstByte: .seconds(90), idle: .milliseconds(2500), total: .seconds(3600)
            )
        )
        configuration.limits = LimitsConfiguration(maxRequestBodyBytes: 1024, maxResponseTapBytes: 10_000_000)
        configuration.logging = LoggingConfiguration(level: .critical, format: .json)
        return configuration
    }()

    @Test func readsEveryKey() throws {
        #expect(try ProxyConfiguration.load(yaml: Self.yaml) == Self.expected)
    }

    @Test func everyValueDiffersFromTheDefault() {
        let custom = Self.expected
        let defaults = ProxyConfiguration.default
        #expect(custom.listen != defaults.listen)
        #expect(custom.serviceName != defaults.serviceName)
        #expect(custom.admin.listen != defaults.admin.listen)
        #expect(custom.admin.recentCalls != defaults.admin.recentCalls)
        #expect(custom.upstream.geminiAPIURL != defaults.upstream.geminiAPIURL)
        #expect(custom.upstream.vertexRegionalURL != defaults.upstream.vertexRegionalURL)
        #expect(custom.upstream.vertexGlobalURL != defaults.upstream.vertexGlobalURL)
        #expect(custom.upstream.vertexMultiRegionURL != defaults.upstream.vertexMultiRegionURL)
        #expect(custom.upstream.fallbackURL != defaults.upstream.fallbackURL)
        #expect(custom.upstream.http2 != defaults.upstream.http2)
        #expect(custom.upstream.maxConnectionsPerHost != defaults.upstream.maxConnectionsPerHost)
        #expect(custom.upstream.timeouts.connect != defaults.upstream.timeouts.connect)
        #expect(custom.upstream.timeouts.firstByte != defaults.upstream.timeouts.firstByte)
        #expect(custom.upstream.timeouts.idle != defaults.upstream.timeouts.idle)
        #expect(custom.upstream.timeouts.total != defaults.upstream.timeouts.total)
        #expect(custom.limits.maxRequestBodyBytes != defaults.limits.maxRequestBodyBytes)
        #expect(custom.limits.maxResponseTapBytes != defaults.limits.maxResponseTapBytes)
        #expect(custom.logging.level != defaults.logging.level)
        #expect(custom.logging.format != defaults.logging.format)
    }

    /// Writes the configuration back out with the value formatters and reads it again.
    @Test func roundTripsThroughFormattedText() throws {
        let c = Self.expected
        let t = c.upstream.timeouts
        let text = """
            listen: "\(c.listen)"
            service_name: "\(c.serviceName)"
            admin: {listen: "\(c.admin.listen)", recent_calls: \(c.admin.recentCalls)}
            upstream:
              gemini_api_url: "\(c.upstream.geminiAPIURL)"
              vertex_regional_url: "\(c.upstream.vertexRegionalURL)"
              vertex_global_url: "\(c.upstream.vertexGlobalURL)"
              vertex_multi_region_url: "\(c.upstream.vertexMultiRegionURL)"
              fallback_url: "\(c.upstream.fallbackURL)"
              http2: \(c.upstream.http2)
              max_connections_per_host: \(c.upstream.maxConnectionsPerHost)
              timeouts:
                connect: \(t.connect.configText)
                first_byte: \(t.firstByte.configText)
                idle: \(t.idle.configText)
                total: \(t.total.configText)
            limits: {max_request_body: \(c.limits.maxRequestBodyBytes), max_response_tap: \(c.limits.maxResponseTapBytes)}
            logging: {level: \(c.logging.level), format: \(c.logging.format)}
            """
        #expect(try ProxyConfiguration.load(yaml: text) == c)
    }
}
