package import Grounding

/// Where the product catalog comes from, and how answers are checked against it.
/// YAML section `catalog`.
package struct CatalogConfiguration: Sendable, Equatable {
    /// YAML `source` (`builtin`, `file`, `url` or `grpc`, default `builtin`) with `path`, `url` or
    /// `grpc_address`.
    package var source: CatalogSource
    /// How often the catalog is loaded again; a failed load keeps the last good one. YAML `refresh`, default `5m`.
    package var refresh: Duration
    /// Keep `/readyz` at 503 until the first load succeeded. YAML `wait_for_first_load`, default `false`.
    package var waitForFirstLoad: Bool
    /// Check answers against the catalog and score their quality. YAML `checks`, default `true`.
    package var checks: Bool
    /// How answers are checked: the section's other keys (see docs/grounding.md).
    package var grounding: GroundingConfiguration

    package init(
        source: CatalogSource = .builtin, refresh: Duration = .seconds(300), waitForFirstLoad: Bool = false, checks: Bool = true,
        grounding: GroundingConfiguration = .default
    ) {
        self.source = source
        self.refresh = refresh
        self.waitForFirstLoad = waitForFirstLoad
        self.checks = checks
        self.grounding = grounding
    }

    package static let `default` = CatalogConfiguration()
}

extension CatalogConfiguration: ConfigSection {
    /// Reads the `catalog` section; `file` needs `path`, `url` needs `url` and `grpc` needs `grpc_address`.
    init(reading reader: ConfigReader) {
        let d = Self.default
        self.init(
            source: Self.source(reading: reader),
            refresh: reader.duration("refresh", default: d.refresh, in: .seconds(5)...(.seconds(86_400))),
            waitForFirstLoad: reader.bool("wait_for_first_load", default: d.waitForFirstLoad),
            checks: reader.bool("checks", default: d.checks),
            grounding: GroundingConfiguration(reading: reader)
        )
    }

    private static func source(reading reader: ConfigReader) -> CatalogSource {
        let kind = reader.choice("source", default: CatalogSource.Kind.builtin)
        let path = reader.string("path", default: "")
        let url = reader.parsed("url", default: "", expected: "an http(s) URL") { (text) throws(ConfigValueError) in
            guard text.isEmpty || text.hasPrefix("http://") || text.hasPrefix("https://") else {
                throw .invalidValue("invalid catalog URL '\(text)': it must start with http:// or https://")
            }
            return text
        }
        let address = reader.parsed("grpc_address", default: nil, expected: "host:port") { (text) throws(ConfigValueError) -> (host: String, port: Int)? in
            if text.isEmpty { return nil }
            guard let address = Self.hostPort(text) else {
                throw .invalidValue("invalid address '\(text)': expected host:port, e.g. productcatalogservice:3550")
            }
            return address
        }
        func missing(_ key: String, _ advice: String) -> CatalogSource {
            if reader.line(of: key) == nil { reader.log.record(keyPath: reader.keyPath(key), line: reader.line(of: "source"), advice) }
            return .builtin
        }
        switch kind {
        case .builtin: return .builtin
        case .file: return path.isEmpty ? missing("path", "catalog.source is file: set catalog.path to a products.json file") : .file(path: path)
        case .url: return url.isEmpty ? missing("url", "catalog.source is url: set catalog.url to an http(s) URL") : .url(url)
        case .grpc:
            guard let address else {
                return missing("grpc_address", "catalog.source is grpc: set catalog.grpc_address to host:port, e.g. productcatalogservice:3550")
            }
            return .grpc(host: address.host, port: address.port)
        }
    }
}

extension CatalogConfiguration {
    /// `host:port` split, or nil.
    package static func hostPort(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (1...65535).contains(port),
            colon > text.startIndex
        else { return nil }
        return (String(text[..<colon]), port)
    }
}
