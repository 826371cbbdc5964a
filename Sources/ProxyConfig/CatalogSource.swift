/// Where the product catalog is loaded from. YAML `catalog.source` with `path`, `url` or `grpc_address`.
package enum CatalogSource: Sendable, Equatable {
    /// The Online Boutique catalog shipped with Outrigger.
    case builtin
    /// A products.json file.
    case file(path: String)
    /// An http(s) URL that returns products.json.
    case url(String)
    /// The shop's productcatalogservice (`ListProducts`, plaintext HTTP/2).
    case grpc(host: String, port: Int)

    /// The spellings of `catalog.source`.
    enum Kind: String, CaseIterable {
        case builtin, file, url, grpc
    }

    /// Where it is, as shown in `/v1/status` and logs.
    package var location: String {
        switch self {
        case .builtin: "builtin"
        case .file(let path): path
        case .url(let url): url
        case .grpc(let host, let port): "grpc://\(host):\(port)"
        }
    }
}
