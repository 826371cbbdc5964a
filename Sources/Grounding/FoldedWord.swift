/// One word of text after folding (lower case, diacritics removed), with where it sits in the source.
struct FoldedWord: Sendable, Hashable {
    /// The folded word: `Müller` → `muller`, `DÉSOLÉ` → `desole`.
    var text: String
    /// Byte offsets of the word in the source's UTF-8 view.
    var utf8Range: Range<Int>
}
