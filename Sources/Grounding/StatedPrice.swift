/// A US-dollar amount written in text: `$18.99`, `18.99 USD`, `USD 18,99`, `US$ 18.99`, `18,99 $`.
package struct StatedPrice: Sendable, Hashable {
    /// The amount in micro-dollars (10⁻⁶ USD), exact.
    package var micros: Int64
    /// Byte offsets of the whole price, currency marker included, in the text's UTF-8 view.
    package var utf8Range: Range<Int>

    package init(micros: Int64, utf8Range: Range<Int>) {
        self.micros = micros
        self.utf8Range = utf8Range
    }
}
