/// Whether the text between a product name and an ID makes the name the ID's label.
///
/// A label sits right next to its ID with nothing but markup between: blanks, emphasis and
/// brackets, table bars, colons and dashes, and ID words (`ID`, `SKU`, `product`, `#`). So
/// `**Mug** [ID]`, `- Mug (ID)`, `| Mug | ID |`, `the Mug (ID ID)`, `ID: Mug` and `[ID] Mug` bind,
/// and a markdown link binds its text to an ID in its target: `[Mug](https://shop/product/ID)`.
/// Any other word, a comma, a full stop or a price between them does not: `the Mug is cheaper
/// than ID`, `Mug, ID`, `Mug $8.99 ID`.
enum LabelGap {
    /// Folded words allowed between a label and its ID.
    static let idWords: Set<String> = [
        "id", "ids", "sku", "product", "products", "item", "items", "ref", "no", "nr", "code", "art", "pid",
        "number", "p",
    ]

    /// Whether `bytes[gap]` binds the name on one side of it to the ID on the other.
    /// - Parameters:
    ///   - bytes: The text's UTF-8 bytes.
    ///   - gap: The bytes between the name and the ID.
    ///   - nameFirst: The name comes before the ID (`Mug [ID]`); a `)` between them then closes
    ///     some other aside (`(the Mug) [ID]`) and does not bind.
    static func binds(_ bytes: [UInt8], _ gap: Range<Int>, nameFirst: Bool) -> Bool {
        var i = gap.lowerBound
        var inLinkTarget = false
        while i < gap.upperBound {
            let b = bytes[i]
            if inLinkTarget {
                // `[Mug](https://shop.example/product/ID)`: any URL up to the ID, but no blank.
                guard UTF8Bytes.blankLength(bytes, at: i) == 0, b != 0x0A, b != 0x0D else { return false }
                i += 1
                continue
            }
            let blank = UTF8Bytes.blankLength(bytes, at: i)
            if blank > 0 {
                i += blank
                continue
            }
            if UTF8Bytes.isAlnum(b) {
                var end = i + 1
                while end < gap.upperBound, UTF8Bytes.isAlnum(bytes[end]) { end += 1 }
                let word = String(decoding: bytes[i..<end].map { UTF8Bytes.isUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
                guard idWords.contains(word) else { return false }
                i = end
                continue
            }
            if nameFirst, b == UInt8(ascii: "]"), i + 1 < gap.upperBound, bytes[i + 1] == UInt8(ascii: "(") {
                inLinkTarget = true
                i += 2
                continue
            }
            if nameFirst, b == UInt8(ascii: ")") || UTF8Bytes.hasLiteral(bytes, fullwidthClose, at: i) { return false }
            guard let width = markupWidth(bytes, at: i) else { return false }
            i += width
        }
        return true
    }

    /// `）`, which like `)` ends an aside.
    private static let fullwidthClose: [UInt8] = Array("\u{FF09}".utf8)

    /// The byte length of the markup character at `i`, or nil when it is not markup.
    private static func markupWidth(_ bytes: [UInt8], at i: Int) -> Int? {
        if asciiMarkup.contains(bytes[i]) { return 1 }
        for literal in wideMarkup where UTF8Bytes.hasLiteral(bytes, literal, at: i) { return literal.count }
        return nil
    }

    /// Emphasis, brackets, table bars, colons, dashes, slashes and quotes.
    private static let asciiMarkup: Set<UInt8> = Set("*_`~[](){}|:-#/=\"'<>".utf8)

    /// Dashes, fullwidth and CJK brackets and colon, curly quotes, guillemets and arrows.
    private static let wideMarkup: [[UInt8]] = ["—", "–", "：", "（", "）", "［", "］", "【", "】", "「", "」", "“", "”", "‘", "’", "«", "»", "→"]
        .map { Array($0.utf8) }
}
