import ProtoWire
package import ProxyCore

/// `hipstershop.ListProductsResponse` to and from bytes (proto/product_catalog.proto).
package enum ProductCatalogWire {
    /// Products from a ListProducts answer. Prices are exact micro-units (`units·10⁶ + nanos/10³`).
    package static func decode(_ bytes: [UInt8]) throws -> [Product] {
        do throws(ProtoError) {
            var reader = ProtoReader(bytes)
            var products: [Product] = []
            while let (field, value) = try reader.next() {
                if field == 1, case .bytes(let inner) = value { products.append(try product(inner)) }
            }
            return products
        } catch {
            throw error.inMessage("ListProductsResponse")
        }
    }

    private static func product(_ reader: ProtoReader) throws(ProtoError) -> Product {
        var reader = reader
        var product = Product(id: "", name: "", description: "", priceMicros: 0, currency: "USD", categories: [])
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (1, .bytes(let r)): product.id = r.string
            case (2, .bytes(let r)): product.name = r.string
            case (3, .bytes(let r)): product.description = r.string
            case (5, .bytes(let r)):
                var money = r
                var units: Int64 = 0
                var nanos: Int64 = 0
                while let (moneyField, moneyValue) = try money.next() {
                    switch (moneyField, moneyValue) {
                    // proto3: an empty string is the field left unset, so the default stays.
                    case (1, .bytes(let c)) where c.hasBytes: product.currency = c.string
                    case (2, .varint(let v)): units = Int64(bitPattern: v)
                    case (3, .varint(let v)): nanos = Int64(Int32(truncatingIfNeeded: v))
                    default: break
                    }
                }
                product.priceMicros = try priceMicros(units: units, nanos: nanos, id: product.id)
            case (6, .bytes(let r)): product.categories.append(r.string)
            default: break
            }
        }
        guard !product.id.isEmpty else { throw .invalidValue("a product has no id") }
        return product
    }

    /// `units·10⁶ + nanos/10³`, with google.type.Money's rules: nanos within ±999,999,999 and of
    /// the same sign as units. A price too large for micro-units is an error, not a trap.
    private static func priceMicros(units: Int64, nanos: Int64, id: String) throws(ProtoError) -> Int64 {
        guard (-999_999_999...999_999_999).contains(nanos) else {
            throw .invalidValue("product \(id.isEmpty ? "?" : id): price nanos \(nanos) is outside ±999999999")
        }
        guard units == 0 || nanos == 0 || (units > 0) == (nanos > 0) else {
            throw .invalidValue("product \(id.isEmpty ? "?" : id): price units and nanos have different signs")
        }
        let (scaled, overflow) = units.multipliedReportingOverflow(by: 1_000_000)
        let (total, overflow2) = scaled.addingReportingOverflow(nanos / 1_000)
        guard !overflow, !overflow2 else {
            throw .invalidValue("product \(id.isEmpty ? "?" : id): price units \(units) are too large")
        }
        return total
    }

    /// A ListProducts answer for `products` (used by tests and any stand-in catalog service).
    package static func encode(_ products: [Product]) -> [UInt8] {
        var out = ProtoWriter()
        for product in products {
            var p = ProtoWriter()
            p.string(1, product.id)
            p.string(2, product.name)
            p.string(3, product.description)
            var money = ProtoWriter()
            money.string(1, product.currency)
            money.int(2, product.priceMicros / 1_000_000)
            money.int(3, (product.priceMicros % 1_000_000) * 1_000)
            p.message(5, money.bytes)
            // A repeated field keeps its empty elements (only singular empty strings are omitted).
            for category in product.categories { p.message(6, Array(category.utf8)) }
            out.message(1, p.bytes)
        }
        return out.bytes
    }
}
