package import Interception
import InterceptionTLS
import HostResolution
import LocalFiles
package import Logging
package import NIOCore
package import ProxyConfig
package import UpstreamClient
import FoundationEssentials

/// Everything the interception listener needs, prepared before any service starts so a bad CA
/// or an unwritable bundle path stops `serve` with a clear message: the pod CA, the CA bundle
/// written for the app, and the resolver that bypasses `/etc/hosts`.
package struct InterceptionSetup: Sendable {
    let listen: ListenAddress
    let authority: PodCertificateAuthority
    let certificates: SNICertificates
    let hosts: InterceptedHosts
    let resolve: InterceptedUpstreams.Resolve
    let upstreamPort: Int
    let upstreamCAFile: String?

    /// Why interception could not be prepared, and what to do.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Prepares interception when `tls.listen` is set; nil when it is off.
    /// - Parameters:
    ///   - resolve: overrides the DNS resolver (tests); nil builds one from `tls.dns_servers` or `/etc/resolv.conf`.
    package static func prepare(
        _ configuration: InterceptionConfiguration, logger: Logger, resolve: InterceptedUpstreams.Resolve? = nil
    ) throws(Failure) -> InterceptionSetup? {
        guard let listen = configuration.listen else { return nil }
        let hosts: InterceptedHosts
        do {
            hosts = try InterceptedHosts.defaults(adding: configuration.extraHosts)
        } catch {
            throw Failure(description: "tls.hosts: \(error)")
        }
        let authority = try makeAuthority(configuration, hosts: hosts)
        if !configuration.caBundlePath.isEmpty {
            try writeBundle(authority, configuration: configuration, logger: logger)
        }
        let resolver: InterceptedUpstreams.Resolve
        if let resolve {
            resolver = resolve
        } else {
            resolver = try makeResolver(configuration, logger: logger)
        }
        let certificates: SNICertificates
        do {
            certificates = try SNICertificates(authority: authority, defaultHost: "aiplatform.googleapis.com")
        } catch {
            throw Failure(description: "the pod CA could not sign a certificate: \(error)")
        }
        return InterceptionSetup(
            listen: listen, authority: authority, certificates: certificates, hosts: hosts, resolve: resolver, upstreamPort: configuration.upstreamPort,
            upstreamCAFile: configuration.upstreamCAFile.isEmpty ? nil : configuration.upstreamCAFile
        )
    }

    private static func makeAuthority(
        _ configuration: InterceptionConfiguration, hosts: InterceptedHosts
    ) throws(Failure) -> PodCertificateAuthority {
        guard !configuration.caCertificateFile.isEmpty || !configuration.caKeyFile.isEmpty else {
            do {
                return try PodCertificateAuthority(hosts: hosts, now: .now)
            } catch {
                throw Failure(description: "could not create the pod CA: \(error)")
            }
        }
        guard let certificate = FileBytes.read(configuration.caCertificateFile, limit: 1 << 20),
            let key = FileBytes.read(configuration.caKeyFile, limit: 1 << 20)
        else {
            throw Failure(
                description: "tls.ca_certificate_file and tls.ca_key_file must both name readable PEM files "
                    + "('\(configuration.caCertificateFile)', '\(configuration.caKeyFile)')"
            )
        }
        do {
            return try PodCertificateAuthority(
                certificatePEM: String(decoding: certificate, as: UTF8.self), privateKeyPEM: String(decoding: key, as: UTF8.self),
                hosts: hosts, now: .now
            )
        } catch {
            throw Failure(description: "the CA in tls.ca_certificate_file cannot be used: \(error)")
        }
    }

    /// Writes the system roots plus the pod CA where the app reads its trust store.
    private static func writeBundle(
        _ authority: PodCertificateAuthority, configuration: InterceptionConfiguration, logger: Logger
    ) throws(Failure) {
        let roots = FileBytes.read(configuration.systemRootsFile, limit: 16 << 20).map { String(decoding: $0, as: UTF8.self) }
        if roots == nil {
            logger.warning(
                "system roots not readable; the CA bundle holds the pod CA only, so the app can reach only intercepted hosts",
                metadata: ["tls.system_roots_file": .string(configuration.systemRootsFile)]
            )
        }
        let bundle = PodCertificateAuthority.bundle(caPEM: authority.certificatePEM, systemRootsPEM: roots ?? "")
        do {
            try AtomicFile.write(Array(bundle.utf8), to: configuration.caBundlePath)
        } catch {
            throw Failure(description: "could not write the CA bundle to tls.ca_bundle_path '\(configuration.caBundlePath)': \(error)")
        }
        logger.info("CA bundle written", metadata: ["path": .string(configuration.caBundlePath)])
    }

    /// Asks the configured DNS servers, or those of `/etc/resolv.conf`; never `/etc/hosts`.
    private static func makeResolver(
        _ configuration: InterceptionConfiguration, logger: Logger
    ) throws(Failure) -> InterceptedUpstreams.Resolve {
        let resolver: UpstreamResolver
        if configuration.dnsServers.isEmpty {
            do {
                resolver = try UpstreamResolver.fromSystem(logger: logger)
            } catch {
                throw Failure(description: "\(error); or list servers in tls.dns_servers")
            }
        } else {
            var servers: [SocketAddress] = []
            for entry in configuration.dnsServers {
                guard let address = dnsServerAddress(entry) else {
                    throw Failure(description: "tls.dns_servers: '\(entry)' is not an IP address or IP:port (e.g. 10.0.0.10 or 127.0.0.1:5353)")
                }
                servers.append(address)
            }
            resolver = UpstreamResolver(nameservers: servers, logger: logger)
        }
        return { host in try await resolver.resolve(host).map(\.ip) }
    }

    /// `10.0.0.10`, `10.0.0.10:5353`, `fd00::a` or `[fd00::a]:5353` as a socket address (port 53 by default).
    static func dnsServerAddress(_ entry: String) -> SocketAddress? {
        var host = entry
        var port = 53
        if entry.hasPrefix("["), let close = entry.firstIndex(of: "]") {
            host = String(entry[entry.index(after: entry.startIndex)..<close])
            let rest = entry[entry.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":"), let p = Int(rest.dropFirst()) else { return nil }
                port = p
            }
        } else if entry.filter({ $0 == ":" }).count == 1, let colon = entry.firstIndex(of: ":") {
            host = String(entry[..<colon])
            guard let p = Int(entry[entry.index(after: colon)...]) else { return nil }
            port = p
        }
        guard (1...65_535).contains(port) else { return nil }
        return try? SocketAddress(ipAddress: host, port: port)
    }
}
