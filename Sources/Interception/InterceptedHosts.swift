/// The exact host names the TLS interception listener may answer for (config key `tls.hosts`).
///
/// Every name here becomes a permitted `dNSName` subtree of the pod CA's name constraints, so the set
/// also bounds what the CA can sign. Matching is exact and case-insensitive; subdomains of a listed
/// host are not intercepted (even though a `dNSName` constraint would permit them; see
/// docs/interception-ca.md).
package struct InterceptedHosts: Sendable, Hashable {
    /// The lower-cased names, sorted.
    package let names: [String]
    private let set: Set<String>

    /// The Google hosts Gemini SDKs call: the global and multi-region Vertex AI endpoints, the Gemini
    /// Developer API, and `{region}-aiplatform.googleapis.com` for every region in ``vertexRegions``.
    package static let `default` = InterceptedHosts(validated: defaultNames)

    /// An exact set of hosts.
    /// - Parameters:
    ///   - names: Host names; case is ignored, duplicates are merged. Must not be empty.
    /// - Throws: ``InterceptionError`` (`invalid_host_name`, `no_hosts`) naming the bad entry.
    package init(_ names: some Sequence<String>) throws {
        var normalized: [String] = []
        for (index, raw) in names.enumerated() {
            switch HostName.normalized(raw) {
            case .success(let name): normalized.append(name)
            case .failure(let problem): throw InterceptionError.invalidHostName(raw, index: index, problem: problem)
            }
        }
        guard !normalized.isEmpty else { throw InterceptionError.noHosts() }
        self.init(validated: normalized)
    }

    private init(validated names: [String]) {
        self.set = Set(names)
        self.names = set.sorted()
    }

    /// The default hosts plus the user's own (config `tls.hosts`).
    /// - Parameters:
    ///   - extra: Further exact host names, e.g. a private Vertex endpoint.
    /// - Throws: ``InterceptionError`` (`invalid_host_name`) naming the bad entry.
    package static func defaults(adding extra: [String]) throws -> InterceptedHosts {
        let added = extra.isEmpty ? [] : try InterceptedHosts(extra).names
        return InterceptedHosts(validated: defaultNames + added)
    }

    /// Whether a TLS client's SNI names an intercepted host.
    ///
    /// Case-insensitive. A trailing dot, an empty label, a wildcard or an IP literal never matches.
    /// - Parameters:
    ///   - sni: The server name from the ClientHello.
    package func contains(_ sni: String) -> Bool {
        guard case .success(let name) = HostName.normalized(sni) else { return false }
        return set.contains(name)
    }

    /// The lower-cased form of `sni` if it is intercepted, else `nil`.
    /// - Parameters:
    ///   - sni: The server name from the ClientHello.
    func canonical(_ sni: String) -> String? {
        guard case .success(let name) = HostName.normalized(sni), set.contains(name) else { return nil }
        return name
    }

    package static func == (lhs: Self, rhs: Self) -> Bool { lhs.set == rhs.set }
    package func hash(into hasher: inout Hasher) { hasher.combine(set) }
}
