#if canImport(Glibc)
import Glibc
#endif
import HostResolution
import LocalFiles
import NIOCore
import Testing

@Suite("UpstreamResolver.fromSystem")
struct SystemResolverTests {
    private func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let path = "/tmp/outrigger-resolv-\(UInt32.random(in: 0...UInt32.max)).conf"
        try AtomicFile.write(Array(text.utf8), to: path)
        defer { unlink(path) }
        return try body(path)
    }

    @Test("reads the servers on port 53, timeout and attempts from resolv.conf")
    func readsFile() throws {
        try withFile("nameserver 10.96.0.10\nnameserver 2001:db8::53\noptions timeout:3 attempts:4 ndots:5\n") { path in
            let resolver = try UpstreamResolver.fromSystem(resolvConfPath: path, logger: quietLogger)
            #expect(resolver.nameservers.map { "\($0.ipAddress ?? "")/\($0.port ?? 0)" } == ["10.96.0.10/53", "2001:db8::53/53"])
            #expect(resolver.timeout == .seconds(3) && resolver.attempts == 4)
        }
    }

    @Test("a file without a usable server, or no file, is an error that says what to do")
    func noServers() throws {
        try withFile("search svc.cluster.local\nnameserver fe80::1%eth0\n") { path in
            let error = #expect(throws: HostResolutionError.self) { try UpstreamResolver.fromSystem(resolvConfPath: path, logger: quietLogger) }
            #expect(error?.code == "no_nameservers")
            #expect(error?.description.contains("nameserver line") == true)
        }
        let error = #expect(throws: HostResolutionError.self) {
            try UpstreamResolver.fromSystem(resolvConfPath: "/nonexistent/resolv.conf", logger: quietLogger)
        }
        #expect(error?.code == "resolv_conf_unreadable")
    }

    /// The machine's own resolv.conf and servers: runs only where a server answers.
    ///
    /// The host asked is `OUTRIGGER_DNS_TEST_HOST`, or aiplatform.googleapis.com; the file read is
    /// `OUTRIGGER_DNS_TEST_RESOLV_CONF`, or /etc/resolv.conf. A server that
    /// answers at all (addresses, or NXDOMAIN in a sandbox without outside DNS) passes: the
    /// path through resolv.conf, UDP and the codec worked. No answer at all cancels the test as
    /// skipped, with the reason printed.
    @Test("the system's resolver answers through resolv.conf, not /etc/hosts")
    func realLookup() async throws {
        let host = getenv("OUTRIGGER_DNS_TEST_HOST").map { String(cString: $0) } ?? "aiplatform.googleapis.com"
        let resolver: UpstreamResolver
        do {
            let path = getenv("OUTRIGGER_DNS_TEST_RESOLV_CONF").map { String(cString: $0) } ?? "/etc/resolv.conf"
            resolver = try UpstreamResolver.fromSystem(resolvConfPath: path, logger: quietLogger)
        } catch {
            print("SKIPPED realLookup: \(error)")
            try Test.cancel("no usable /etc/resolv.conf: \(error)")
        }
        do {
            let addresses = try await resolver.resolve(host)
            print("realLookup: \(host) -> \(addresses.map(\.ip)) from \(resolver.nameservers)")
            #expect(!addresses.isEmpty)
            #expect(!addresses.contains { $0.ip == "127.0.0.1" }, "the answer of a real server, not /etc/hosts")
        } catch let error as HostResolutionError where error.isNegativeAnswer {
            print("realLookup: the server answered that \(host) has no address (\(error.code)): the query path works")
        } catch let error as HostResolutionError where error.code == "unreachable" {
            print("SKIPPED realLookup: no DNS server answered here: \(error)")
            try Test.cancel("no DNS server answered: \(error.detail)")
        }
    }
}
