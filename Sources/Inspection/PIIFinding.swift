/// One detected span of sensitive text.
///
/// `utf8Range` holds UTF-8 byte offsets into the scanned string. Every pattern starts and ends on an
/// ASCII byte, so both bounds fall on Unicode scalar boundaries (they can still fall inside a grapheme
/// cluster when a combining mark follows the match).
package struct PIIFinding: Sendable, Hashable {
    package var kind: PIIKind
    /// Byte offsets into `text.utf8`.
    package var utf8Range: Range<Int>

    package init(kind: PIIKind, utf8Range: Range<Int>) {
        self.kind = kind
        self.utf8Range = utf8Range
    }

    /// The finding's bounds as indices of `text`, the string it was found in.
    /// - Parameters:
    ///   - text: The exact string passed to `PIIDetector.findings(in:)`.
    package func range(in text: String) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let upper = utf8.index(lower, offsetBy: utf8Range.count)
        return lower..<upper
    }
}
