import GeminiWire
import JSON
import ProxyCore

extension Catalog {
    /// Reads the Online Boutique `products.json` format: `{"products": [{id, name, description,
    /// picture, priceUsd: {currencyCode, units, nanos}, categories}]}`. A bare top-level array of
    /// products is accepted too. `picture` and unknown fields are ignored.
    ///
    /// Prices follow `google.type.Money`: `units` is whole units, `nanos` is 0…±999,999,999 with
    /// the same sign as `units`. They are kept as exact micro-units (`units × 10⁶ + nanos / 10³`);
    /// nanos below a micro-unit are an error rather than silently dropped.
    /// - Parameters:
    ///   - bytes: The document's UTF-8 bytes.
    package static func parseProductsJSON(_ bytes: [UInt8]) throws(CatalogError) -> Catalog {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .malformedJSON("the catalog is not valid JSON: \(error)")
        }
        let list: [JSONValue]
        switch root {
        case .array(let items):
            list = items
        case .object:
            guard let products = root["products"] else { throw .unexpectedShape("no \"products\" member in the top-level object") }
            guard case .array(let items) = products else {
                throw .unexpectedShape("\"products\" is a \(products.typeName), expected an array")
            }
            list = items
        default:
            throw .unexpectedShape("top level is a \(root.typeName), expected an object with \"products\"")
        }
        var products: [Product] = []
        var seen: Set<String> = []
        for (index, node) in list.enumerated() {
            let product = try Self.product(from: node, index: index)
            guard seen.insert(product.id).inserted else { throw .duplicateID(product.id) }
            products.append(product)
        }
        return Catalog(products: products)
    }

    private static func product(from node: JSONValue, index: Int) throws(CatalogError) -> Product {
        guard case .object = node else { throw .invalidProduct("products[\(index)] is a \(node.typeName), expected an object") }
        let id = try string(node, "id", index: index)
        guard !id.isEmpty else { throw .invalidProduct("products[\(index)].id is empty") }
        let name = try string(node, "name", index: index)
        let description = try optionalString(node, "description", index: index) ?? ""
        guard let price = node["priceUsd"] else { throw .invalidProduct("products[\(index)] (\(id)) has no priceUsd") }
        guard case .object = price else {
            throw .invalidProduct("products[\(index)].priceUsd is a \(price.typeName), expected an object")
        }
        let currency = try optionalString(price, "currencyCode", index: index) ?? "USD"
        let micros = try priceMicros(price, index: index)
        var categories: [String] = []
        if let list = node["categories"], !list.isNull {
            guard case .array(let items) = list else {
                throw .invalidProduct("products[\(index)].categories is a \(list.typeName), expected an array")
            }
            for item in items {
                guard case .string(let category) = item else {
                    throw .invalidProduct("products[\(index)].categories holds a \(item.typeName), expected strings")
                }
                categories.append(category)
            }
        }
        return Product(id: id, name: name, description: description, priceMicros: micros, currency: currency, categories: categories)
    }

    private static func priceMicros(_ price: JSONValue, index: Int) throws(CatalogError) -> Int64 {
        let units = try integer(price, "units", index: index) ?? 0
        let nanos = try integer(price, "nanos", index: index) ?? 0
        guard (-999_999_999...999_999_999).contains(nanos) else {
            throw .invalidProduct("products[\(index)].priceUsd.nanos \(nanos) is outside ±999999999")
        }
        guard units == 0 || nanos == 0 || (units > 0) == (nanos > 0) else {
            throw .invalidProduct("products[\(index)].priceUsd has units and nanos of different signs")
        }
        guard nanos % 1_000 == 0 else {
            throw .invalidProduct("products[\(index)].priceUsd.nanos \(nanos) is finer than a micro-unit")
        }
        let (scaled, overflow) = units.multipliedReportingOverflow(by: 1_000_000)
        let (total, overflow2) = scaled.addingReportingOverflow(nanos / 1_000)
        guard !overflow, !overflow2 else { throw .invalidProduct("products[\(index)].priceUsd.units \(units) is too large") }
        return total
    }

    private static func string(_ node: JSONValue, _ key: String, index: Int) throws(CatalogError) -> String {
        guard let value = try optionalString(node, key, index: index) else {
            throw .invalidProduct("products[\(index)] has no \(key)")
        }
        return value
    }

    private static func optionalString(_ node: JSONValue, _ key: String, index: Int) throws(CatalogError) -> String? {
        guard let value = node[key], !value.isNull else { return nil }
        guard case .string(let s) = value else {
            throw .invalidProduct("products[\(index)].\(key) is a \(value.typeName), expected a string")
        }
        return s
    }

    private static func integer(_ node: JSONValue, _ key: String, index: Int) throws(CatalogError) -> Int64? {
        guard let value = node[key], !value.isNull else { return nil }
        // `units` is an int64 in the proto, which JSON encoders often write as a string.
        if case .string(let s) = value, let n = Int64(s) { return n }
        guard case .number = value, let n = value.intValue.map(Int64.init) else {
            throw .invalidProduct("products[\(index)].priceUsd.\(key) is not an integer")
        }
        return n
    }
}

extension JSONValue {
    /// The kind of value, for messages.
    fileprivate var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
