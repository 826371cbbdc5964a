import Grounding
import ProxyCore

/// The Online Boutique catalog shipped with Outrigger (`data/products.json`).
enum Fixtures {
    static let productsJSON = OnlineBoutiqueCatalog.json

    static let catalog: Catalog = {
        do { return try Catalog.parseProductsJSON(Array(productsJSON.utf8)) } catch { fatalError("fixture: \(error)") }
    }()
}
