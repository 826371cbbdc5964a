import DNSWire
import HostResolution
import NIOCore
import Testing

@Suite("UpstreamResolver against a fake DNS server")
struct UpstreamResolverTests {
    @Test("aiplatform.googleapis.com is asked of the server (A and AAAA) and its answer comes back")
    func asksTheServer() async throws {
        try await FakeDNSServer.with(ipv4Only([v4("127.0.0.2", owner: "aiplatform.googleapis.com")])) { server in
            let addresses = try await resolver([server.address]).resolve("aiplatform.googleapis.com")
            #expect(addresses == [ResolvedAddress(ip: "127.0.0.2", family: .ipv4)])
            #expect(!addresses.contains { $0.ip == "127.0.0.1" })
            #expect(Set(server.questions) == ["aiplatform.googleapis.com A udp", "aiplatform.googleapis.com AAAA udp"])
        }
    }

    @Test("/etc/hosts is not read: localhost resolves to what the server says, not to 127.0.0.1")
    func bypassesEtcHosts() async throws {
        // What the system resolver (getaddrinfo, which reads /etc/hosts) says about localhost.
        let system = try SocketAddress.makeAddressResolvingHost("localhost", port: 0)
        #expect(system.ipAddress == "127.0.0.1" || system.ipAddress == "::1")
        try await FakeDNSServer.with(ipv4Only([v4("127.0.0.9", owner: "localhost")])) { server in
            let addresses = try await resolver([server.address]).resolve("localhost")
            #expect(addresses.map(\.ip) == ["127.0.0.9"])
            #expect(server.questions.contains("localhost A udp"))
        }
    }

    @Test("a CNAME chain is followed to the addresses of both families, IPv4 first")
    func cnameChain() async throws {
        let host = "us-central1-aiplatform.googleapis.com"
        let behavior: FakeDNSServer.Behavior = { question, _ in
            let chain = [cname(host, "aiplatform-pa.googleapis.example"), cname("aiplatform-pa.googleapis.example", "edge.example")]
            let address = question.type == .a
                ? v4("127.0.0.3", owner: "edge.example")
                : DNSRecord(owner: name("edge.example"), ttl: 60, data: .address(DNSAddress(literal: "2001:db8::3")!))
            return FakeDNSServer.Reply(records: chain + [address])
        }
        try await FakeDNSServer.with(behavior) { server in
            let addresses = try await resolver([server.address]).resolve(host)
            #expect(addresses == [ResolvedAddress(ip: "127.0.0.3", family: .ipv4), ResolvedAddress(ip: "2001:db8::3", family: .ipv6)])
        }
    }

    @Test("IP literals come back as they are, with no query", arguments: [
        ("10.1.2.3", "10.1.2.3", ResolvedAddress.Family.ipv4), ("[2001:DB8::1]", "2001:db8::1", .ipv6), ("::1", "::1", .ipv6),
    ])
    func literal(_ row: (String, String, ResolvedAddress.Family)) async throws {
        try await FakeDNSServer.with(ipv4Only([])) { server in
            let addresses = try await resolver([server.address]).resolve(row.0)
            #expect(addresses == [ResolvedAddress(ip: row.1, family: row.2)])
            #expect(server.questions.isEmpty)
        }
    }

    @Test("an invalid host is refused before any query", arguments: ["", "a..b", "host:443", "ex ample.com"])
    func invalidHost(_ host: String) async throws {
        try await FakeDNSServer.with(ipv4Only([])) { server in
            let error = await #expect(throws: HostResolutionError.self) { try await resolver([server.address]).resolve(host) }
            #expect(error?.code == "invalid_host")
            #expect(server.questions.isEmpty)
        }
    }

    @Test("a reply from another port is ignored; the server's own reply is used")
    func wrongSource() async throws {
        var reply = FakeDNSServer.Reply(records: [v4("127.0.0.2", owner: "aiplatform.googleapis.com")])
        reply.decoyFromOtherPort = [v4("127.0.0.66", owner: "aiplatform.googleapis.com")]
        let decoyed = reply
        try await FakeDNSServer.with({ question, _ in question.type == .a ? decoyed : .init() }) { server in
            let addresses = try await resolver([server.address]).resolve("aiplatform.googleapis.com")
            #expect(addresses.map(\.ip) == ["127.0.0.2"])
        }
    }

    @Test("a reply from another port alone is a timeout, not an answer")
    func onlyWrongSource() async throws {
        var reply = FakeDNSServer.Reply(silent: true)
        reply.decoyFromOtherPort = [v4("127.0.0.66", owner: "aiplatform.googleapis.com")]
        let decoyed = reply
        try await FakeDNSServer.with({ _, _ in decoyed }) { server in
            let error = await #expect(throws: HostResolutionError.self) {
                try await resolver([server.address], timeout: .milliseconds(150), attempts: 1).resolve("aiplatform.googleapis.com")
            }
            #expect(error?.code == "unreachable")
        }
    }

    @Test("a reply with the wrong id is ignored; the right one is used")
    func wrongID() async throws {
        var reply = FakeDNSServer.Reply(records: [v4("127.0.0.2", owner: "aiplatform.googleapis.com")])
        reply.wrongIDFirst = true
        let first = reply
        try await FakeDNSServer.with({ question, _ in question.type == .a ? first : .init() }) { server in
            let addresses = try await resolver([server.address]).resolve("aiplatform.googleapis.com")
            #expect(addresses.map(\.ip) == ["127.0.0.2"])
        }
    }

    @Test("a truncated UDP answer is asked again over TCP")
    func tcpFallback() async throws {
        let records = [v4("127.0.0.4", owner: "generativelanguage.googleapis.com")]
        try await FakeDNSServer.with({ question, _ in
            FakeDNSServer.Reply(records: question.type == .a ? records : [], truncatedOverUDP: true)
        }) { server in
            let addresses = try await resolver([server.address]).resolve("generativelanguage.googleapis.com")
            #expect(addresses.map(\.ip) == ["127.0.0.4"])
            #expect(server.questions.contains("generativelanguage.googleapis.com A tcp"))
            #expect(server.questions.contains("generativelanguage.googleapis.com A udp"))
        }
    }
}
