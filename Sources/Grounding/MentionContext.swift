import ProxyCore

/// The mentions, product names and prices of one text, and the rules that tie them together.
///
/// A name in an ID's label slot (`**Mug** [ID]`, `Mug (ID)`, `ID: Mug`, `| Mug | ID |`,
/// `[Mug](/product/ID)`; see `bindLabels`) is the name the answer gives that ID, and alone decides
/// its name verdict: the real name elsewhere in the line does not rescue a wrong label.
///
/// Without a label, a name or price belongs to a mention's window when it is in the same sentence
/// or line and at most `windowScalars` Unicode scalars away. Each unbound name belongs to the
/// nearest mention whose window holds it (ties go to the mention after the name). Each price
/// belongs to the nearest anchor, an ID mention or a product name (ties go to the anchor before the
/// price), so a price next to another product's name or ID is not held against this one; a label
/// anchors for its ID's product.
struct MentionContext {
    let bytes: [UInt8]
    let mentions: [ProductMention]
    let catalog: Catalog
    let configuration: GroundingConfiguration
    let names: [NameOccurrence]
    let prices: [StatedPrice]
    private let segments: TextSegments
    private let labels: Labels

    init(
        bytes: [UInt8], mentions: [ProductMention], catalog: Catalog, configuration: GroundingConfiguration,
        names: [NameOccurrence], prices: [StatedPrice]
    ) {
        self.bytes = bytes
        self.mentions = mentions
        self.catalog = catalog
        self.configuration = configuration
        self.names = names.filter { name in !mentions.contains { $0.utf8Range.overlaps(name.utf8Range) } }
        self.prices = prices.filter { price in !mentions.contains { $0.utf8Range.overlaps(price.utf8Range) } }
        self.segments = TextSegments(bytes)
        self.labels = Self.bindLabels(bytes: bytes, mentions: mentions, names: self.names, segments: segments)
    }

    /// A name mismatch for mention `index` of catalog product `product`, or nil.
    func nameVerdict(mention index: Int, product: Int) -> GroundingVerdict? {
        if let label = labels.nameOfMention[index] {
            let found = names[label].product
            guard found != product else { return nil }
            return .nameMismatch(expected: catalog.products[product].name, found: catalog.products[found].name)
        }
        let range = mentions[index].utf8Range
        var namesThis = false
        var other: (name: NameOccurrence, distance: Int)? = nil
        for (k, name) in names.enumerated() where labels.mentionOfName[k] == nil {
            guard let distance = windowDistance(name.utf8Range, range) else { continue }
            if name.product == product {
                namesThis = true
                break
            }
            guard owner(of: name) == index else { continue }
            if other == nil || distance < other!.distance { other = (name, distance) }
        }
        guard !namesThis, let other else { return nil }
        return .nameMismatch(expected: catalog.products[product].name, found: catalog.products[other.name.product].name)
    }

    /// A price mismatch for mention `index` of catalog product `product`, or nil. Only USD catalog
    /// prices are compared; the mention is fine when any price attached to it is within tolerance.
    func priceVerdict(mention index: Int, product: Int) -> GroundingVerdict? {
        let catalogProduct = catalog.products[product]
        guard catalogProduct.currency == "USD" else { return nil }
        let expected = catalogProduct.priceMicros
        let tolerance = configuration.toleranceMicros(for: expected)
        let range = mentions[index].utf8Range
        var nearest: (price: StatedPrice, distance: Int)? = nil
        for price in prices {
            guard let distance = windowDistance(price.utf8Range, range), anchorProduct(of: price) == product else { continue }
            if (price.micros - expected).magnitude <= tolerance.magnitude { return nil }
            if nearest == nil || distance < nearest!.distance { nearest = (price, distance) }
        }
        guard let nearest else { return nil }
        return .priceMismatch(expectedMicros: expected, statedMicros: nearest.price.micros)
    }

    /// The scalar distance between two ranges when they share a segment and are within the window.
    private func windowDistance(_ a: Range<Int>, _ b: Range<Int>) -> Int? {
        guard segments.segment(of: a.lowerBound) == segments.segment(of: b.lowerBound) else { return nil }
        let distance = UTF8Bytes.scalarCount(bytes, UTF8Bytes.gap(a, b))
        return distance <= configuration.windowScalars ? distance : nil
    }

    /// The mention a name belongs to: the nearest one in whose window it is, preferring the one after it.
    private func owner(of name: NameOccurrence) -> Int? {
        var best: (index: Int, distance: Int, after: Bool)? = nil
        for (index, mention) in mentions.enumerated() {
            guard let distance = windowDistance(name.utf8Range, mention.utf8Range) else { continue }
            let after = mention.utf8Range.lowerBound >= name.utf8Range.upperBound
            if let current = best, distance > current.distance || (distance == current.distance && (current.after || !after)) {
                continue
            }
            best = (index, distance, after)
        }
        return best?.index
    }

    /// The catalog product a price is attached to: that of its nearest anchor (ID mention or name),
    /// preferring the anchor before it; nil when the nearest anchor is an unknown ID or there is none.
    private func anchorProduct(of price: StatedPrice) -> Int? {
        var best: (product: Int?, distance: Int, before: Bool)? = nil
        func consider(_ range: Range<Int>, _ product: Int?) {
            guard let distance = windowDistance(price.utf8Range, range) else { return }
            let before = range.upperBound <= price.utf8Range.lowerBound
            if let current = best, distance > current.distance || (distance == current.distance && (current.before || !before)) {
                return
            }
            best = (product, distance, before)
        }
        for mention in mentions { consider(mention.utf8Range, catalog.index(ofID: mention.id)) }
        for (k, name) in names.enumerated() {
            // A label stands for its ID's product (none when the ID is unknown).
            if let m = labels.mentionOfName[k] {
                consider(name.utf8Range, catalog.index(ofID: mentions[m].id))
            } else {
                consider(name.utf8Range, name.product)
            }
        }
        return best?.product
    }
}
