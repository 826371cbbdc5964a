import DNSWire
import HostResolution
import Logging
import NIOCore

/// A logger that prints nothing.
let quietLogger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

func name(_ text: String) -> DNSName { try! DNSName(host: text) }

func v4(_ text: String, owner: String, ttl: UInt32 = 60) -> DNSRecord {
    DNSRecord(owner: name(owner), ttl: ttl, data: .address(DNSAddress(literal: text)!))
}

func cname(_ owner: String, _ target: String, ttl: UInt32 = 60) -> DNSRecord {
    DNSRecord(owner: name(owner), ttl: ttl, data: .alias(name(target)))
}

/// A reply with A records for A questions and nothing (NODATA) for AAAA.
func ipv4Only(_ records: [DNSRecord]) -> FakeDNSServer.Behavior {
    { question, _ in FakeDNSServer.Reply(records: question.type == .a ? records : []) }
}

/// A resolver asking only `servers`; tests that expect a timeout pass a short one.
func resolver(
    _ servers: [SocketAddress], timeout: Duration = .seconds(2), attempts: Int = 2,
    clock: ManualClock = ManualClock(), cachePolicy: ResolverCachePolicy = .default
) -> UpstreamResolver {
    UpstreamResolver(
        nameservers: servers, timeout: timeout, attempts: attempts, clock: clock, logger: quietLogger,
        cachePolicy: cachePolicy
    )
}

/// The questions of one type a server got.
func count(_ server: FakeDNSServer, _ suffix: String) -> Int {
    server.questions.filter { $0.hasSuffix(suffix) }.count
}

/// The count once it reaches `expected`, or after two seconds: a datagram the resolver already
/// gave up on can reach a loaded test server after the error is thrown.
func settledCount(_ server: FakeDNSServer, _ suffix: String, expected: Int) async -> Int {
    let deadline = ContinuousClock.now + .seconds(2)
    while count(server, suffix) < expected, ContinuousClock.now < deadline {
        try? await Task.sleep(for: .milliseconds(10))
    }
    return count(server, suffix)
}
