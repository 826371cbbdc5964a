/// An ID-shaped token found in model output.
package struct ProductMention: Sendable, Hashable {
    /// How the ID was written.
    package enum Form: String, Sendable, Hashable {
        /// Inside a bracket pair: `[1YMWWN1N4O]`.
        case bracketed
        /// A free-standing token: `1YMWWN1N4O`.
        case bare
    }

    /// Which text the mention was found in.
    package enum Source: Sendable, Hashable {
        /// The answer text.
        case answer
        /// Tool or function-call text, by its index in `toolTexts`.
        case tool(Int)
    }

    /// The ID as written.
    package var id: String
    /// Byte offsets of the ID (without brackets) in the UTF-8 view of its source text.
    package var utf8Range: Range<Int>
    package var form: Form
    package var source: Source

    package init(id: String, utf8Range: Range<Int>, form: Form, source: Source = .answer) {
        self.id = id
        self.utf8Range = utf8Range
        self.form = form
        self.source = source
    }
}
