import GeminiWire
import JSON
import ProxyTesting
import Testing

/// Outrigger is never a forward proxy: request lines that name another host are refused with a
/// Google-style error, reach no host, and leave the proxy serving.
@Suite("Request lines", .timeLimit(.minutes(2)))
struct RequestLineTests {
    static let generate = "/v1beta/models/gemini-2.5-flash:generateContent"

    @Test func connectGets405AndTheProxyKeepsServing() async throws {
        try await ProxyHarness.run { h in
            let reply = try await RawHTTP.exchange(
                port: h.trafficPort, "CONNECT evil.example.com:443 HTTP/1.1\r\nHost: evil.example.com:443\r\n\r\n"
            )
            #expect(RawHTTP.status(reply) == 405, "\(reply)")
            #expect(reply.lowercased().contains("x-outrigger-error: connect_refused"))
            #expect(reply.lowercased().contains("allow: get, head, post"))
            // A response to CONNECT has no body in HTTP/1 framing; the connection closes after the head.
            #expect(reply.lowercased().contains("connection: close"))
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "rejected")
            try await FaultTests.expectStillServing(h)
        }
    }

    @Test func connectAndAbsoluteFormsReachNoOtherHost() async throws {
        let elsewhere = try await ConnectionCounter.start()
        defer { Task { try? await elsewhere.stop() } }
        try await ProxyHarness.run { h in
            let authority = "127.0.0.1:\(elsewhere.port)"
            let requests = [
                "CONNECT \(authority) HTTP/1.1\r\nHost: \(authority)\r\n\r\n",
                "GET http://\(authority)/v1beta/models HTTP/1.1\r\nHost: \(authority)\r\n\r\n",
                "POST http://\(authority)\(Self.generate) HTTP/1.1\r\nHost: \(authority)\r\nContent-Length: 2\r\n\r\n{}",
                "GET \(authority) HTTP/1.1\r\nHost: \(authority)\r\n\r\n",
            ]
            for request in requests {
                let reply = try await RawHTTP.exchange(port: h.trafficPort, request, timeout: .seconds(2))
                let status = RawHTTP.status(reply)
                #expect(status == 405 || status == 400, "\(request) → \(reply)")
            }
            // The last one fails HTTP parsing before it reaches the responder, so three are recorded.
            _ = try await h.status(waitingFor: requests.count - 1)
            #expect(elsewhere.connections == 0)
            try await FaultTests.expectStillServing(h)
        }
    }

    @Test func optionsAsteriskIsAnsweredByOutrigger() async throws {
        try await ProxyHarness.run { h in
            let reply = try await RawHTTP.exchange(port: h.trafficPort, "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", timeout: .seconds(1))
            #expect(RawHTTP.status(reply) == 200, "\(reply)")
            #expect(reply.lowercased().contains("allow: get, head, post, put, patch, delete, options"))
            let call = try await h.lastCall(count: 1)
            #expect(call["outcome"]?.stringValue == "rejected")
            #expect(call["upstream_status"] == nil || call["upstream_status"]?.intValue == nil)
        }
    }

    @Test func malformedPathsGet400() async throws {
        try await ProxyHarness.run { h in
            for target in ["/v1beta/models/a%zz:generateContent", "/v1beta/\\..\\models"] {
                let reply = try await RawHTTP.exchange(
                    port: h.trafficPort, "GET \(target) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", timeout: .seconds(2)
                )
                #expect(RawHTTP.status(reply) == 400, "\(target) → \(reply)")
            }
            try await FaultTests.expectStillServing(h)
        }
    }
}
