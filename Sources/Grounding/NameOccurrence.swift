/// A catalog product name found in text.
struct NameOccurrence: Sendable, Hashable {
    /// Index into `Catalog.products`.
    var product: Int
    /// Byte offsets of the name in the text's UTF-8 view.
    var utf8Range: Range<Int>
}
