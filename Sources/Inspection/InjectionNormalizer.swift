/// Folds text so that disguised attacks read like plain ones, keeping a map back to the original bytes.
///
/// In order:
/// 1. per scalar (`InjectionNormalizer+Fold.swift`): case folding; zero-width, bidi, tag and variation
///    controls removed (tag letters U+E0020…E007E become the ASCII they hide); combining marks removed;
///    a practical NFKC subset (fullwidth forms, ligatures, mathematical alphanumerics, circled,
///    parenthesized, squared and regional-indicator letters, compatibility spaces, quotes and dashes);
///    Latin-1 and Latin Extended-A letters to their base letter (`ß`→`ss`, `æ`→`ae`, `œ`→`oe`);
///    Cyrillic and Greek look-alikes to Latin;
/// 2. per word (`InjectionNormalizer+Words.swift`): leetspeak folded inside words that hold letters
///    (`0 1 3 4 5 7 @ $` → `o i e a s t a s`); spaced-out letters joined (`i g n o r e`, `i.g.n.o.r.e`);
///    whitespace collapsed to one space, or one newline if the run held one;
/// 3. payloads (`InjectionNormalizer+Payloads.swift`): base64 and hex runs that decode to text are
///    decoded, folded the same way and appended. Rot13 is read by the scorer, not here.
package struct InjectionNormalizer: Sendable {
    /// Whether base64 and hex runs are decoded and appended.
    package var decodesPayloads: Bool

    /// A normalizer.
    /// - Parameters:
    ///   - decodesPayloads: Decode base64 and hex runs; true by default.
    package init(decodesPayloads: Bool = true) {
        self.decodesPayloads = decodesPayloads
    }

    /// The folded form of `text`.
    /// - Parameters:
    ///   - text: Any string; origin ranges refer to its UTF-8 view.
    package func normalize(_ text: String) -> NormalizedText {
        // Folding never lengthens text, and each payload adds at most its encoded length plus a newline.
        let n = text.utf8.count
        var folded = FoldBuffer(capacity: n + 1)
        defer { folded.deallocate() }
        Self.foldScalars(of: text, pinnedTo: nil, into: &folded)
        var result = FoldBuffer(capacity: (decodesPayloads ? 2 * n : n) + Self.maxPayloads + 1)
        defer { result.deallocate() }
        Self.foldWords(folded, into: &result)
        let textEnd = result.count
        var payloads: [NormalizedText.Payload] = []
        let stats = (letters: result.letters, vowels: result.vowels, lone: result.lonePunctuation)
        if decodesPayloads, folded.mayHoldPayload { Self.appendPayloads(of: text, to: &result, payloads: &payloads) }
        var normalized = NormalizedText(result, textEnd: textEnd, text: folded, payloads: payloads)
        normalized.letterCount = stats.letters
        normalized.vowelCount = stats.vowels
        normalized.lonePunctuation = stats.lone
        return normalized
    }

    /// Appends the folded form of a decoded payload, every byte pinned to the encoded run `origin`.
    static func normalizePayload(_ decoded: String, origin: Range<Int>, into result: inout FoldBuffer) {
        var folded = FoldBuffer(capacity: decoded.utf8.count + 1)
        defer { folded.deallocate() }
        foldScalars(of: decoded, pinnedTo: origin, into: &folded)
        foldWords(folded, into: &result)
    }
}
