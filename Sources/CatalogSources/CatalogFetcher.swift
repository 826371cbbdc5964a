import AsyncHTTPClient
import FoundationEssentials
package import Grounding
package import Logging
import NIOCore
import NIOHTTP1
package import ProxyConfig
import ProxyCore

/// Loads the product catalog once from where `catalog.source` says: the built-in copy, a
/// products.json file, an http(s) URL, or the shop's productcatalogservice over gRPC.
package enum CatalogFetcher {
    /// The largest products.json accepted from a file or URL.
    package static let maximumBytes = 16 << 20

    /// One load; throws ``CatalogLoadError`` (or the catalog parser's error) with what went wrong.
    package static func load(_ source: CatalogSource, logger: Logger) async throws -> Catalog {
        switch source {
        case .builtin:
            return try Catalog.parseProductsJSON(Array(OnlineBoutiqueCatalog.json.utf8))
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CatalogLoadError("cannot read \(path); check catalog.path and the file's permissions")
            }
            return try Catalog.parseProductsJSON(Array(data))
        case .url(let url):
            let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(10), logger: logger)
            let body = try await response.body.collect(upTo: maximumBytes)
            guard response.status.code == 200 else { throw CatalogLoadError("\(url) answered HTTP \(response.status.code)") }
            return try Catalog.parseProductsJSON(Array(body.readableBytesView))
        case .grpc(let host, let port):
            return Catalog(products: try await GRPCCatalogClient.listProducts(host: host, port: port))
        }
    }
}

/// Why a catalog could not be loaded.
package struct CatalogLoadError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
