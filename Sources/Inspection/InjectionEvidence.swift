/// Why a category fired: one rule hit, or the learned model's vote.
///
/// `utf8Range` holds byte offsets into the original scored string. A hit inside a decoded payload
/// points at the whole encoded run; a hit on the rot13 reading points at the words it covers.
package struct InjectionEvidence: Sendable, Hashable {
    /// Where the matched text was read.
    package enum Origin: String, Sendable, Hashable {
        /// The text itself, after normalization.
        case text
        /// A base64 run, decoded.
        case base64
        /// A hex run, decoded.
        case hex
        /// The text read as rot13.
        case rot13
        /// The character n-gram model; no span.
        case model
    }

    package var category: InjectionCategory
    /// A stable rule id such as `override.en.ignore-previous`, or `model.ngram`.
    package var rule: String
    /// The rule's weight, or the model's probability.
    package var weight: Double
    /// The matched words as normalized (lower-case, accents and look-alikes folded).
    package var matched: String
    /// Byte offsets into the original `text.utf8`; nil for model evidence.
    package var utf8Range: Range<Int>?
    package var origin: Origin

    package init(
        category: InjectionCategory, rule: String, weight: Double, matched: String, utf8Range: Range<Int>?,
        origin: Origin
    ) {
        self.category = category
        self.rule = rule
        self.weight = weight
        self.matched = matched
        self.utf8Range = utf8Range
        self.origin = origin
    }
}
