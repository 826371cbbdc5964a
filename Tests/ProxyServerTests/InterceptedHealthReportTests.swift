import AsyncHTTPClient
import JSON
import MockGemini
import NIOCore
import ProxyConfig
import ProxyTesting
import Testing

/// In transparent mode, `hostAliases` points the Google hosts at Outrigger itself. Its own
/// Vertex call (the health report) must reach the real host through the interception clients,
/// not its own listener through `/etc/hosts`.
@Suite struct InterceptedHealthReportTests {
    @Test func theReportReachesAnInterceptedVertexHost() async throws {
        let metadata = MetadataServerStub(token: "ya29.pod-token")
        try await metadata.run { metadataBase in
            try await InterceptionHarness.run(behavior: try .init().applying("bearer=ya29.pod-token")) { configuration, _ in
                configuration.insights.reportInterval = .milliseconds(300)
                configuration.insights.vertexProject = "v-commerce"
                configuration.insights.metadataURL = metadataBase
            } _: { h in
                let plain = HTTPClient(eventLoopGroupProvider: .singleton)
                defer { Task { try? await plain.shutdown() } }
                var document = JSONValue.null
                for _ in 0..<100 {
                    let response = try await plain.execute(
                        HTTPClientRequest(url: "http://127.0.0.1:\(h.adminPort)/v1/insights"), timeout: .seconds(5)
                    )
                    document = try JSONParser.parse(Array(try await response.body.collect(upTo: 1 << 20).readableBytesView))
                    if ["published", "failed"].contains(document["outcome"]?.stringValue ?? "") { break }
                    try await Task.sleep(for: .milliseconds(100))
                }
                #expect(document["outcome"]?.stringValue == "published", "\(document)")
                let status = try await h.status()
                #expect((status["recent_calls"]?.arrayValue ?? []).isEmpty, "the report is not a call through the listener")
            }
        }
    }
}
