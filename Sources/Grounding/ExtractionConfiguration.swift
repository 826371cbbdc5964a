/// How product IDs are found in text.
package struct ExtractionConfiguration: Sendable, Hashable {
    /// An opening and closing bracket around IDs.
    package struct BracketPair: Sendable, Hashable {
        package var open: String
        package var close: String

        /// A pair of non-empty bracket strings.
        /// - Parameters:
        ///   - open: Text before the ID, e.g. `[`.
        ///   - close: Text after the ID, e.g. `]`.
        package init(open: String, close: String) {
            self.open = open
            self.close = close
        }
    }

    /// Find IDs in brackets: `[1YMWWN1N4O]`, `[ 1YMWWN1N4O ]`, `[1YMWWN1N4O, 6E92ZMYYFZ]`. Default: true.
    package var bracketed: Bool = true
    /// Bracket pairs. Default: `[ ]`, fullwidth `［ ］` and `【 】`.
    package var brackets: [BracketPair] = [
        BracketPair(open: "[", close: "]"),
        BracketPair(open: "\u{FF3B}", close: "\u{FF3D}"),
        BracketPair(open: "\u{3010}", close: "\u{3011}"),
    ]
    /// Find ID-shaped tokens outside brackets: `ID 1YMWWN1N4O`, `"product_id":"1YMWWN1N4O"`. Default: true.
    package var bare: Bool = true
    /// A bare token must hold a digit and a letter (so `RECOMMENDED` or `1234567890` is not an ID),
    /// unless it is a catalog ID. Bracketed tokens only need the shape. Default: true.
    package var bareNeedsDigitAndLetter: Bool = true
    /// The shape of an ID. Default: 10 characters of `A-Z0-9`.
    package var shape: IDShape = .default

    /// All defaults.
    package static let `default` = ExtractionConfiguration()

    /// The defaults, changed by `body`.
    package init(_ body: (inout ExtractionConfiguration) -> Void = { _ in }) {
        body(&self)
    }
}
