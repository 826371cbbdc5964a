import DatadogExport
import Testing

@Suite("DogStatsD configuration from the environment")
struct DogStatsDConfigurationTests {
    @Test func defaultsToLocalhost8125() throws {
        let c = try DogStatsDConfiguration(environment: [:], defaultService: "chatbot")
        #expect(c.endpoint == .udp(host: "localhost", port: 8125))
        #expect(c.globalTags == ["service:chatbot"])
        #expect(c.flushInterval == .seconds(2))
    }

    @Test func agentHostPortAndUnifiedServiceTags() throws {
        let c = try DogStatsDConfiguration(environment: [
            "DD_AGENT_HOST": "10.1.2.3", "DD_DOGSTATSD_PORT": "18125", "DD_ENV": "prod", "DD_SERVICE": "chatbotservice",
            "DD_VERSION": "1.4.2", "DD_TAGS": "team:llm, region:us-central1", "DD_ENTITY_ID": "0b1c2d3e-pod-uid",
        ])
        #expect(c.endpoint == .udp(host: "10.1.2.3", port: 18125))
        #expect(c.globalTags == [
            "env:prod", "service:chatbotservice", "version:1.4.2", "team:llm", "region:us-central1",
            "dd.internal.entity_id:0b1c2d3e-pod-uid",
        ])
    }

    @Test func dogstatsdURLWinsAndSupportsUnixSockets() throws {
        let udp = try DogStatsDConfiguration(environment: ["DD_DOGSTATSD_URL": "udp://[::1]:9125", "DD_AGENT_HOST": "ignored"])
        #expect(udp.endpoint == .udp(host: "::1", port: 9125))
        let uds = try DogStatsDConfiguration(environment: ["DD_DOGSTATSD_URL": "unix:///var/run/datadog/dsd.socket"])
        #expect(uds.endpoint == .unixDatagram(path: "/var/run/datadog/dsd.socket"))
        #expect(uds.endpoint.maxDatagramBytes == 8192)
        #expect(udp.endpoint.maxDatagramBytes == 1432)
    }

    @Test(arguments: [
        ["DD_DOGSTATSD_URL": "tcp://host:1"], ["DD_DOGSTATSD_URL": "udp://host"], ["DD_DOGSTATSD_URL": "unix://relative"],
        ["DD_DOGSTATSD_PORT": "eighty"],
    ])
    func badValuesNameTheVariable(_ env: [String: String]) {
        #expect {
            _ = try DogStatsDConfiguration(environment: env)
        } throws: { error in
            String(describing: error).contains("DD_DOGSTATSD")
        }
    }
}
