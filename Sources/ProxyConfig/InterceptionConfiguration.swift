/// The transparent TLS interception listener. YAML section `tls` (docs/interception.md).
///
/// Off by default. When `listen` is set, Outrigger terminates TLS for the Google API hosts
/// with certificates from a pod-local, name-constrained CA and forwards each call to the real
/// host named by the client's SNI, over TLS, after resolving it without `/etc/hosts`.
package struct InterceptionConfiguration: Sendable, Equatable {
    /// Where to accept intercepted TLS connections; nil turns interception off.
    /// YAML `listen`, default empty (off); the Kubernetes component sets `127.0.0.1:443`.
    package var listen: ListenAddress?
    /// Host names intercepted besides the built-in Google API hosts. YAML `hosts`, default `[]`.
    package var extraHosts: [String]
    /// Where to write the CA bundle (the system roots plus the pod CA, PEM) before `/readyz`
    /// turns 200. YAML `ca_bundle_path`, default empty (not written).
    package var caBundlePath: String
    /// The system roots copied into the bundle. YAML `system_roots_file`,
    /// default `/etc/ssl/certs/ca-certificates.crt`.
    package var systemRootsFile: String
    /// A CA certificate and key mounted from a Secret, used instead of a generated CA.
    /// YAML `ca_certificate_file` and `ca_key_file`, default empty (generate one in memory).
    package var caCertificateFile: String
    package var caKeyFile: String
    /// The port of the real hosts. YAML `upstream_port`, default 443 (tests point it at a mock).
    package var upstreamPort: Int
    /// Extra roots trusted for upstream connections, PEM (a private mock, a corporate proxy).
    /// YAML `upstream_ca_file`, default empty (the system roots only).
    package var upstreamCAFile: String
    /// DNS servers asked for the real hosts' addresses (`host` or `host:port`); empty reads
    /// `/etc/resolv.conf`. `/etc/hosts` is never read for intercepted hosts. YAML `dns_servers`.
    package var dnsServers: [String]

    package init(
        listen: ListenAddress? = nil, extraHosts: [String] = [], caBundlePath: String = "",
        systemRootsFile: String = "/etc/ssl/certs/ca-certificates.crt", caCertificateFile: String = "",
        caKeyFile: String = "", upstreamPort: Int = 443, upstreamCAFile: String = "", dnsServers: [String] = []
    ) {
        self.listen = listen
        self.extraHosts = extraHosts
        self.caBundlePath = caBundlePath
        self.systemRootsFile = systemRootsFile
        self.caCertificateFile = caCertificateFile
        self.caKeyFile = caKeyFile
        self.upstreamPort = upstreamPort
        self.upstreamCAFile = upstreamCAFile
        self.dnsServers = dnsServers
    }

    package static let `default` = InterceptionConfiguration()

    /// Whether the interception listener runs.
    package var isEnabled: Bool { listen != nil }
}

extension InterceptionConfiguration: ConfigSection {
    /// Reads the `tls` section.
    init(reading reader: ConfigReader) {
        let defaults = Self.default
        let listen: ListenAddress? = reader.parsed(
            "listen", default: nil, expected: "a listen address like '127.0.0.1:443', or empty to turn interception off"
        ) { (text) throws(ConfigValueError) -> ListenAddress? in
            text.isEmpty ? nil : try ListenAddress(parsing: text)
        }
        self.init(
            listen: listen,
            extraHosts: reader.strings("hosts", default: defaults.extraHosts),
            caBundlePath: reader.string("ca_bundle_path", default: defaults.caBundlePath),
            systemRootsFile: reader.string("system_roots_file", default: defaults.systemRootsFile),
            caCertificateFile: reader.string("ca_certificate_file", default: defaults.caCertificateFile),
            caKeyFile: reader.string("ca_key_file", default: defaults.caKeyFile),
            upstreamPort: reader.int("upstream_port", default: defaults.upstreamPort, in: 1...65_535),
            upstreamCAFile: reader.string("upstream_ca_file", default: defaults.upstreamCAFile),
            dnsServers: reader.strings("dns_servers", default: defaults.dnsServers)
        )
    }
}
