import ProxyCore

extension DogStatsDConfiguration {
    /// Reads the standard Datadog variables:
    /// - `DD_DOGSTATSD_URL`: `udp://host:port` or `unix:///path/to/dsd.socket`;
    /// - otherwise `DD_AGENT_HOST` (default `localhost`) and `DD_DOGSTATSD_PORT` (default 8125);
    /// - `DD_ENV`, `DD_SERVICE`, `DD_VERSION` become `env:`, `service:`, `version:` tags;
    /// - `DD_TAGS` (comma or space separated) is added as is;
    /// - `DD_ENTITY_ID` becomes `dd.internal.entity_id:<id>` (datadog-go `statsdex.go`).
    /// - Parameters:
    ///   - environment: the process environment.
    ///   - defaultService: the `service` tag when `DD_SERVICE` is unset.
    package init(environment: [String: String], defaultService: String = "outrigger") throws(DogStatsDConfigurationError) {
        let endpoint: Endpoint
        if let url = environment.nonBlank("DD_DOGSTATSD_URL") {
            endpoint = try Self.parseURL(url)
        } else {
            let host = environment.nonBlank("DD_AGENT_HOST") ?? "localhost"
            var port = 8125
            if let text = environment.nonBlank("DD_DOGSTATSD_PORT") {
                guard let p = Int(text), (1...65535).contains(p) else {
                    throw DogStatsDConfigurationError("DD_DOGSTATSD_PORT must be a port number, got '\(text)'")
                }
                port = p
            }
            endpoint = .udp(host: host, port: port)
        }
        var tags: [String] = []
        for (variable, key) in [("DD_ENV", "env"), ("DD_SERVICE", "service"), ("DD_VERSION", "version")] {
            if let v = environment.nonBlank(variable) { tags.append("\(key):\(v)") }
        }
        if environment.nonBlank("DD_SERVICE") == nil { tags.append("service:\(defaultService)") }
        if let ddTags = environment.nonBlank("DD_TAGS") {
            tags += ddTags.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init).filter { !$0.isEmpty }
        }
        if let entity = environment.nonBlank("DD_ENTITY_ID") { tags.append("dd.internal.entity_id:\(entity)") }
        self.init(endpoint: endpoint, globalTags: tags)
    }

    static func parseURL(_ url: String) throws(DogStatsDConfigurationError) -> Endpoint {
        if url.hasPrefix("unix://") {
            let path = String(url.dropFirst("unix://".count))
            guard path.hasPrefix("/") else {
                throw DogStatsDConfigurationError("DD_DOGSTATSD_URL: a unix:// URL needs an absolute path, got '\(url)'")
            }
            return .unixDatagram(path: path)
        }
        if url.hasPrefix("udp://") {
            let rest = url.dropFirst("udp://".count)
            guard let colon = rest.lastIndex(of: ":"), let port = Int(rest[rest.index(after: colon)...]),
                (1...65535).contains(port), colon > rest.startIndex
            else {
                throw DogStatsDConfigurationError("DD_DOGSTATSD_URL: expected udp://host:port, got '\(url)'")
            }
            var host = String(rest[..<colon])
            if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            return .udp(host: host, port: port)
        }
        throw DogStatsDConfigurationError("DD_DOGSTATSD_URL must start with udp:// or unix://, got '\(url)'")
    }
}

/// A DogStatsD setting that cannot be used; the message names the variable.
package struct DogStatsDConfigurationError: Error, CustomStringConvertible {
    package var description: String
    init(_ message: String) { description = message }
}
