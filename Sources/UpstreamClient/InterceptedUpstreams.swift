package import AsyncHTTPClient
package import Logging
package import NIOCore
import NIOSSL
import ProxyCore
import Synchronization

/// Clients for intercepted calls: one AsyncHTTPClient per real host, connected to the address
/// a resolver that bypasses `/etc/hosts` returned, with the host still used for SNI and
/// certificate checks (AsyncHTTPClient's DNS override).
///
/// In a pod, `hostAliases` maps the Google hosts to 127.0.0.1, where Outrigger listens; the
/// system resolver would send Outrigger to itself. A host's client is re-created when its
/// resolution is older than `resolutionLifetime`; the old one finishes its calls, then closes.
package final class InterceptedUpstreams: Sendable {
    /// Looks a host up without `/etc/hosts`; returns IP addresses, best first.
    package typealias Resolve = @Sendable (String) async throws -> [String]

    private struct Entry {
        var client: HTTPClient
        var address: String
        var resolvedAt: ContinuousClock.Instant
    }

    private let settings: UpstreamClientSettings
    private let eventLoopGroup: any EventLoopGroup
    private let resolve: Resolve
    private let extraRootsFile: String?
    /// The real hosts' port (`tls.upstream_port`).
    package let port: Int
    private let resolutionLifetime: Duration
    private let maxHosts: Int
    private let entries = Mutex<[String: Entry]>([:])
    private let retired = Mutex<[HTTPClient]>([])
    /// Set by ``shutdown()``: no client is made after it (Outrigger's own calls may still try).
    private let closed = Atomic<Bool>(false)

    /// - Parameters:
    ///   - settings: timeouts and pool size, as for base-URL upstreams.
    ///   - port: the real hosts' port (443; tests point it at a mock).
    ///   - extraRootsFile: PEM roots trusted besides the system's; nil for the system's only.
    ///   - resolve: the resolver that bypasses `/etc/hosts`.
    package init(
        settings: UpstreamClientSettings, eventLoopGroup: any EventLoopGroup, port: Int = 443, extraRootsFile: String? = nil,
        resolutionLifetime: Duration = .seconds(60), maxHosts: Int = 64, resolve: @escaping Resolve
    ) {
        self.settings = settings
        self.eventLoopGroup = eventLoopGroup
        self.port = port
        self.extraRootsFile = extraRootsFile
        self.resolutionLifetime = resolutionLifetime
        self.maxHosts = maxHosts
        self.resolve = resolve
    }

    /// The base URL requests to `host` go to: `https://host[:port]`.
    package func baseURL(for host: String) -> String {
        port == 443 ? "https://\(host)" : "https://\(host):\(port)"
    }

    /// Sends `request` (whose URL names `host`) once the head arrives, like ``UpstreamHTTPClient/send``.
    package func send(
        _ request: HTTPClientRequest, host: String, firstByteTimeout: Duration, logger: Logger
    ) async throws(UpstreamFailure) -> HTTPClientResponse {
        let client = try await client(for: host)
        do {
            return try await client.execute(request, timeout: .nanoseconds(Int64(firstByteTimeout.nanoseconds)), logger: logger)
        } catch {
            throw UpstreamFailure.classify(error)
        }
    }

    /// The address the last resolution of `host` chose, if any (for tests and status).
    package func resolvedAddress(of host: String) -> String? {
        entries.withLock { $0[host]?.address }
    }

    private func client(for host: String) async throws(UpstreamFailure) -> HTTPClient {
        let now = ContinuousClock.now
        if let entry = entries.withLock({ $0[host] }), now - entry.resolvedAt < resolutionLifetime {
            return entry.client
        }
        let addresses: [String]
        do {
            addresses = try await resolve(host)
        } catch {
            throw UpstreamFailure(kind: .connect, message: "could not resolve \(host) without /etc/hosts: \(error)")
        }
        guard let address = addresses.first else {
            throw UpstreamFailure(kind: .connect, message: "\(host) has no address in DNS")
        }
        guard !closed.load(ordering: .acquiring) else {
            throw UpstreamFailure(kind: .connect, message: "Outrigger is shutting down; no new connection to \(host)")
        }
        let client = try makeClient(host: host, address: address)
        let replaced = entries.withLock { table -> HTTPClient? in
            if table[host] == nil, table.count >= maxHosts, let oldest = table.min(by: { $0.value.resolvedAt < $1.value.resolvedAt }) {
                table[oldest.key] = nil
                return oldest.value.client
            }
            let old = table[host]?.client
            table[host] = Entry(client: client, address: address, resolvedAt: now)
            return old
        }
        if let replaced { retire(replaced) }
        // A shutdown that ran meanwhile may have missed this client: close it here then.
        if closed.load(ordering: .acquiring), entries.withLock({ $0[host]?.client === client ? $0.removeValue(forKey: host) : nil }) != nil {
            try? await client.shutdown()
            throw UpstreamFailure(kind: .connect, message: "Outrigger is shutting down; no new connection to \(host)")
        }
        return client
    }

    private func makeClient(host: String, address: String) throws(UpstreamFailure) -> HTTPClient {
        var configuration = UpstreamHTTPClient.configuration(settings)
        configuration.dnsOverride = [host: address]
        var tls = TLSConfiguration.makeClientConfiguration()
        if let extraRootsFile { tls.additionalTrustRoots = [.file(extraRootsFile)] }
        configuration.tlsConfiguration = tls
        return HTTPClient(eventLoopGroup: eventLoopGroup, configuration: configuration)
    }

    /// Closes a replaced client after its calls had time to finish (the longest idle read).
    private func retire(_ client: HTTPClient) {
        retired.withLock { $0.append(client) }
        let delay = settings.idleReadTimeout
        Task {
            try? await Task.sleep(for: delay)
            try? await client.shutdown()
            retired.withLock { list in list.removeAll { $0 === client } }
        }
    }

    /// Closes every client; call once at shutdown.
    package func shutdown() async {
        closed.store(true, ordering: .releasing)
        let all = entries.withLock { table in
            defer { table = [:] }
            return table.values.map(\.client)
        } + retired.withLock { list in
            defer { list = [] }
            return list
        }
        for client in all { try? await client.shutdown() }
    }
}
