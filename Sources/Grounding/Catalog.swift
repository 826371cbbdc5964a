package import ProxyCore

/// The products answers are checked against, with exact ID lookup and forgiving name lookup.
///
/// IDs compare exactly (case-sensitive). Names compare as folded words: case and diacritics are
/// ignored, a simple plural equals its singular (`Mugs` = `Mug`), and `and`/`&` between words are
/// ignored (`Salt and Pepper Shaker` = `Salt & Pepper Shakers`). Prices are the exact micro-units of
/// `Product.priceMicros`.
package struct Catalog: Sendable {
    /// The products, in document order, without repeated IDs.
    package let products: [Product]
    private let indexByID: [String: Int]
    private let indexByName: [[String]: Int]
    /// Name word sequences by first word, longest first, for scanning text.
    let namesByFirstWord: [String: [(words: [String], product: Int)]]

    /// A catalog of `products`; when two share an ID, the first is kept.
    /// - Parameters:
    ///   - products: The products, e.g. from `parseProductsJSON(_:)`.
    package init(products: [Product]) {
        var kept: [Product] = []
        var byID: [String: Int] = [:]
        var byName: [[String]: Int] = [:]
        var byFirst: [String: [(words: [String], product: Int)]] = [:]
        for product in products where byID[product.id] == nil {
            let index = kept.count
            kept.append(product)
            byID[product.id] = index
            let key = Self.nameKey(product.name)
            guard let first = key.first, byName[key] == nil else { continue }
            byName[key] = index
            byFirst[first, default: []].append((key, index))
        }
        for first in byFirst.keys { byFirst[first]?.sort { $0.words.count > $1.words.count } }
        self.products = kept
        self.indexByID = byID
        self.indexByName = byName
        self.namesByFirstWord = byFirst
    }

    /// An empty catalog: every ID is unknown.
    package static let empty = Catalog(products: [])

    /// Every product ID.
    package var ids: Set<String> { Set(indexByID.keys) }

    /// The product with exactly this ID.
    /// - Parameters:
    ///   - id: A product ID, compared case-sensitively.
    package func product(id: some StringProtocol) -> Product? {
        index(ofID: id).map { products[$0] }
    }

    /// The product whose name matches `name` after folding (case, diacritics, plural, `and`/`&`).
    /// - Parameters:
    ///   - name: A product name as written in text: `"candle holders"`, `"SUNGLASSES"`.
    package func product(named name: some StringProtocol) -> Product? {
        indexByName[Self.nameKey(String(name))].map { products[$0] }
    }

    /// Whether `id` is a catalog ID.
    /// - Parameters:
    ///   - id: A candidate ID.
    package func contains(id: some StringProtocol) -> Bool { index(ofID: id) != nil }

    func index(ofID id: some StringProtocol) -> Int? { indexByID[String(id)] }

    /// The words names are compared by: folded, singular, without `and`.
    static func nameKey(_ name: String) -> [String] {
        nameWords(TextFolding.words(in: name)).map(\.text)
    }

    /// `words` as name-comparison words: singular, with `and` left out.
    static func nameWords(_ words: [FoldedWord]) -> [FoldedWord] {
        words.compactMap { word in
            word.text == "and" ? nil : FoldedWord(text: TextFolding.singular(word.text), utf8Range: word.utf8Range)
        }
    }
}
