import DNSWire
import LocalFiles
package import Logging
package import NIOCore
import NIOPosix
import Synchronization

/// Resolves the real upstream hosts (aiplatform.googleapis.com...) by asking the DNS servers
/// of resolv.conf directly, so that the pod's /etc/hosts, which points those names at the proxy
/// itself, is never consulted (docs/upstream-resolution.md).
///
/// Asks A and AAAA at once over UDP, retries over the servers, repeats over TCP when an answer
/// is truncated, and caches answers by TTL within a bounded `ResolverCachePolicy`.
package final class UpstreamResolver: Sendable {
    /// The servers asked, in order.
    package let nameservers: [SocketAddress]
    /// How long to wait for one server's answer.
    package let timeout: Duration
    /// Rounds over all the servers before giving up.
    package let attempts: Int
    let cachePolicy: ResolverCachePolicy
    let group: any EventLoopGroup
    let logger: Logger
    /// Time since the injected clock's start: the cache's time line.
    private let elapsed: @Sendable () -> Duration
    private let cache: Mutex<ResolverCache>

    /// A resolver asking `nameservers`.
    ///
    /// - Parameters:
    ///   - nameservers: IP addresses and ports, tried in order (port 53 in production).
    ///   - timeout: the wait for one server's answer (resolv.conf's `timeout`, default 5 s).
    ///   - attempts: rounds over the servers (resolv.conf's `attempts`, default 2).
    ///   - clock: the clock of the TTL cache; tests pass a manual one.
    ///   - logger: a `component: upstream-resolver` key is added.
    ///   - cachePolicy: bounds of the cache (512 names, TTL clamped to 5...300 s, negative 5 s).
    ///   - eventLoopGroup: where the sockets run.
    package init<C: Clock<Duration>>(
        nameservers: [SocketAddress],
        timeout: Duration = .seconds(5),
        attempts: Int = 2,
        clock: C = ContinuousClock(),
        logger: Logger,
        cachePolicy: ResolverCachePolicy = .default,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.nameservers = nameservers
        self.timeout = timeout
        self.attempts = max(1, attempts)
        self.cachePolicy = cachePolicy
        group = eventLoopGroup
        var logger = logger
        logger[metadataKey: "component"] = "upstream-resolver"
        self.logger = logger
        let start = clock.now
        elapsed = { start.duration(to: clock.now) }
        cache = Mutex(ResolverCache(policy: cachePolicy))
    }

    /// A resolver built from resolv.conf: its first three nameservers on port 53, its
    /// `timeout` and `attempts`. Lines it cannot use are logged as warnings.
    ///
    /// - Parameters:
    ///   - resolvConfPath: the file to read, `/etc/resolv.conf` by default.
    ///   - clock: the clock of the TTL cache.
    ///   - logger: where the warnings go.
    ///   - cachePolicy: bounds of the cache.
    ///   - eventLoopGroup: where the sockets run.
    /// - Throws: `HostResolutionError` when the file cannot be read or lists no usable server.
    package static func fromSystem<C: Clock<Duration>>(
        resolvConfPath: String = "/etc/resolv.conf",
        clock: C = ContinuousClock(),
        logger: Logger,
        cachePolicy: ResolverCachePolicy = .default,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) throws(HostResolutionError) -> UpstreamResolver {
        guard let bytes = FileBytes.read(resolvConfPath, limit: 1 << 20) else {
            throw .resolvConfUnreadable(resolvConfPath)
        }
        let conf = ResolvConf.parse(String(decoding: bytes, as: UTF8.self))
        for problem in conf.problems {
            logger.warning("resolv.conf line skipped", metadata: ["path": "\(resolvConfPath)", "problem": "\(problem)"])
        }
        let servers = conf.nameservers.compactMap { try? SocketAddress(ipAddress: $0.description, port: 53) }
        guard !servers.isEmpty else { throw .noNameservers(resolvConfPath) }
        return UpstreamResolver(
            nameservers: servers, timeout: .seconds(conf.timeoutSeconds), attempts: conf.attempts,
            clock: clock, logger: logger, cachePolicy: cachePolicy, eventLoopGroup: eventLoopGroup
        )
    }

    /// The addresses of `host`, IPv4 first; an IP literal comes back as it is, unqueried.
    ///
    /// - Parameters:
    ///   - host: a host name (e.g. from the SNI) or an IP literal (`[::1]` brackets allowed).
    /// - Throws: `HostResolutionError` naming the host, the servers asked and what to do;
    ///   `CancellationError` when the task is cancelled.
    package func resolve(_ host: String) async throws -> [ResolvedAddress] {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if let literal = DNSAddress(literal: bare) { return [ResolvedAddress(literal)] }
        let name: DNSName
        do {
            name = try DNSName(host: host)
        } catch {
            throw HostResolutionError.invalidHost(host, error.detail)
        }
        let key = name.description
        switch cache.withLock({ $0.lookup(key, now: elapsed()) }) {
        case .addresses(let addresses)?: return addresses
        case .negative(let error)?: throw error
        case nil: break
        }
        let outcome = try await query(name)
        cache.withLock { $0.store(outcome.entry, for: key, ttl: outcome.ttl, now: elapsed()) }
        switch outcome.entry {
        case .addresses(let addresses): return addresses
        case .negative(let error): throw error
        }
    }

    /// How many names the cache holds (for tests and the status page).
    package var cachedNames: Int { cache.withLock { $0.count } }
}

extension ResolvedAddress {
    init(_ address: DNSAddress) {
        self.init(ip: address.description, family: address.family == .ipv4 ? .ipv4 : .ipv6)
    }
}
