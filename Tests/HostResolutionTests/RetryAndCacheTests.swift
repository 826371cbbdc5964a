import DNSWire
import HostResolution
import NIOCore
import Synchronization
import Testing

@Suite("UpstreamResolver: timeouts, retries, caching")
struct RetryAndCacheTests {
    static let host = "aiplatform.googleapis.com"

    @Test("two silent servers: each asked once per round and type, then an error naming both")
    func silentServers() async throws {
        try await FakeDNSServer.with({ _, _ in .init(silent: true) }) { first in
            try await FakeDNSServer.with({ _, _ in .init(silent: true) }) { second in
                let started = ContinuousClock.now
                let error = await #expect(throws: HostResolutionError.self) {
                    try await resolver([first.address, second.address], timeout: .milliseconds(100), attempts: 2)
                        .resolve(Self.host)
                }
                let took = ContinuousClock.now - started
                #expect(took >= .milliseconds(400), "2 rounds x 2 servers x 100 ms, A and AAAA at once")
                for server in [first, second] {
                    #expect(await settledCount(server, " A udp", expected: 2) == 2)
                    #expect(await settledCount(server, " AAAA udp", expected: 2) == 2)
                }
                #expect(error?.code == "unreachable")
                #expect(error?.host == Self.host)
                #expect(error?.serversTried == [RetryAndCacheTests.label(first), RetryAndCacheTests.label(second)])
                #expect(error?.description.contains("port 53") == true, "says what to check")
            }
        }
    }

    @Test("a silent first server is skipped for the second, which answers")
    func failover() async throws {
        try await FakeDNSServer.with({ _, _ in .init(silent: true) }) { silent in
            try await FakeDNSServer.with(ipv4Only([v4("127.0.0.2", owner: Self.host)])) { good in
                let addresses = try await resolver([silent.address, good.address], timeout: .seconds(2)).resolve(Self.host)
                #expect(addresses.map(\.ip) == ["127.0.0.2"])
                #expect(count(silent, " A udp") == 1 && count(good, " A udp") == 1)
            }
        }
    }

    @Test("SERVFAIL moves on to the next server; SERVFAIL everywhere is a server_failure")
    func serverFailure() async throws {
        try await FakeDNSServer.with({ _, _ in .init(rcode: 2) }) { failing in
            try await FakeDNSServer.with(ipv4Only([v4("127.0.0.2", owner: Self.host)])) { good in
                let addresses = try await resolver([failing.address, good.address]).resolve(Self.host)
                #expect(addresses.map(\.ip) == ["127.0.0.2"])
            }
            let error = await #expect(throws: HostResolutionError.self) {
                try await resolver([failing.address], attempts: 1).resolve(Self.host)
            }
            #expect(error?.code == "server_failure")
        }
    }

    @Test("a server silent to the first query answers the retry of the next round")
    func retryNextRound() async throws {
        let seen = Mutex<Set<String>>([])
        let behavior: FakeDNSServer.Behavior = { question, _ in
            let first = seen.withLock { $0.insert(question.description).inserted }
            return first ? .init(silent: true) : .init(records: question.type == .a ? [v4("127.0.0.5", owner: Self.host)] : [])
        }
        try await FakeDNSServer.with(behavior) { server in
            let addresses = try await resolver([server.address], timeout: .seconds(2), attempts: 2).resolve(Self.host)
            #expect(addresses.map(\.ip) == ["127.0.0.5"])
            #expect(count(server, " A udp") == 2)
        }
    }

    @Test("an answer is cached for its TTL on the injected clock, then asked again")
    func ttlExpiry() async throws {
        try await FakeDNSServer.with(ipv4Only([v4("127.0.0.2", owner: Self.host, ttl: 60)])) { server in
            let clock = ManualClock()
            let resolver = resolver([server.address], clock: clock)
            _ = try await resolver.resolve(Self.host)
            #expect(count(server, " A udp") == 1)
            clock.advance(by: .seconds(59))
            _ = try await resolver.resolve("AIPLATFORM.googleapis.com.")
            #expect(count(server, " A udp") == 1, "same name, other case and a trailing dot: cached")
            clock.advance(by: .seconds(2))
            _ = try await resolver.resolve(Self.host)
            #expect(count(server, " A udp") == 2, "expired after 60 s")
        }
    }

    @Test("TTLs are clamped to 5...300 s", arguments: [(UInt32(0), 5), (86_400, 300), (30, 30)])
    func ttlClamp(_ row: (UInt32, Int)) async throws {
        try await FakeDNSServer.with(ipv4Only([v4("127.0.0.2", owner: Self.host, ttl: row.0)])) { server in
            let clock = ManualClock()
            let resolver = resolver([server.address], clock: clock)
            _ = try await resolver.resolve(Self.host)
            clock.advance(by: .seconds(row.1) - .milliseconds(1))
            _ = try await resolver.resolve(Self.host)
            #expect(count(server, " A udp") == 1)
            clock.advance(by: .milliseconds(1))
            _ = try await resolver.resolve(Self.host)
            #expect(count(server, " A udp") == 2)
        }
    }

    @Test("NXDOMAIN is an nxdomain error, cached for 5 s")
    func negativeCache() async throws {
        try await FakeDNSServer.with({ _, _ in .init(rcode: 3) }) { server in
            let clock = ManualClock()
            let resolver = resolver([server.address], clock: clock)
            for _ in 0..<2 {
                let error = await #expect(throws: HostResolutionError.self) { try await resolver.resolve("nope.googleapis.com") }
                #expect(error?.code == "nxdomain" && error?.isNegativeAnswer == true)
            }
            #expect(count(server, " A udp") == 1)
            clock.advance(by: .seconds(5))
            _ = try? await resolver.resolve("nope.googleapis.com")
            #expect(count(server, " A udp") == 2)
        }
    }

    @Test("a name without A or AAAA records is no_addresses")
    func noData() async throws {
        try await FakeDNSServer.with(ipv4Only([])) { server in
            let error = await #expect(throws: HostResolutionError.self) { try await resolver([server.address]).resolve(Self.host) }
            #expect(error?.code == "no_addresses")
        }
    }

    @Test("the cache holds at most its capacity")
    func bounded() async throws {
        try await FakeDNSServer.with({ question, _ in
            .init(records: question.type == .a ? [v4("127.0.0.2", owner: question.name.description)] : [])
        }) { server in
            var policy = ResolverCachePolicy()
            policy.capacity = 3
            let resolver = resolver([server.address], cachePolicy: policy)
            for index in 0..<10 { _ = try await resolver.resolve("h\(index).example") }
            #expect(resolver.cachedNames == 3)
            _ = try await resolver.resolve("h9.example")
            #expect(count(server, " A udp") == 10, "the newest name is still cached")
        }
    }

    static func label(_ server: FakeDNSServer) -> String { "127.0.0.1:\(server.address.port ?? 0)" }
}
