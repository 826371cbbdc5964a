import GeminiWire
import JSON
package import ProxyCore

/// The products mock-gemini recommends, parsed from `products.json` format.
package struct MockCatalog: Sendable {
    package var products: [Product]

    /// The embedded Online Boutique catalog.
    package static let onlineBoutique: MockCatalog = {
        // The embedded JSON is checked by a test; failing here would be a build defect.
        guard let catalog = try? MockCatalog(json: OnlineBoutiqueCatalog.json) else {
            fatalError("embedded catalog is not valid products.json")
        }
        return catalog
    }()

    /// Parses `{"products":[{"id","name","description","priceUsd":{"currencyCode","units","nanos"},"categories"}]}`.
    package init(json: String) throws(MockCatalogError) {
        let root: JSONValue
        do {
            root = try JSONParser.parse(Array(json.utf8))
        } catch {
            throw MockCatalogError(message: "catalog is not valid JSON: \(error)")
        }
        guard let items = root["products"]?.arrayValue, !items.isEmpty else {
            throw MockCatalogError(message: "catalog has no \"products\" array")
        }
        var products: [Product] = []
        for (index, item) in items.enumerated() {
            guard let id = item["id"]?.stringValue, let name = item["name"]?.stringValue else {
                throw MockCatalogError(message: "product #\(index) lacks \"id\" or \"name\"")
            }
            let price = item["priceUsd"]
            let units = Int64(price?["units"]?.intValue ?? 0)
            let nanos = Int64(price?["nanos"]?.intValue ?? 0)
            products.append(
                Product(
                    id: id, name: name, description: item["description"]?.stringValue ?? "",
                    priceMicros: units * 1_000_000 + nanos / 1_000,
                    currency: price?["currencyCode"]?.stringValue ?? "USD",
                    categories: item["categories"]?.arrayValue?.compactMap(\.stringValue) ?? []
                )
            )
        }
        self.products = products
    }
}

/// A catalog file that cannot be used; the message says what is wrong.
package struct MockCatalogError: Error, CustomStringConvertible {
    package var message: String
    package var description: String { message }
}
