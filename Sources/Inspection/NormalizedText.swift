/// Text folded for matching, with a map from every folded byte back to the original UTF-8 bytes.
///
/// `bytes` holds lower-case ASCII letters and digits, ASCII punctuation, single spaces and newlines,
/// and the UTF-8 of scripts the folding tables do not cover. Decoded payloads (base64, hex) follow the
/// text itself, each after a newline, from `textEnd` on.
package struct NormalizedText: Sendable {
    /// A decoded run of the original text, appended after the text.
    package struct Payload: Sendable, Hashable {
        package var kind: InjectionEvidence.Origin
        /// Where the encoded run sits in the original `text.utf8`.
        package var originalRange: Range<Int>
        /// Where its folded decoding sits in `bytes`.
        package var normalizedRange: Range<Int>
    }

    package internal(set) var bytes: [UInt8]
    /// The original byte range each byte of `bytes` came from.
    var originStart: [Int32]
    var originEnd: [Int32]
    /// The end of the text itself; payloads follow.
    package internal(set) var textEnd = 0
    package internal(set) var payloads: [Payload] = []
    /// Invisible characters removed (zero-width, bidi, tag characters; not the joiner and variation
    /// selector that emoji use).
    package internal(set) var invisibleCount = 0
    /// Tag characters (U+E0020…E007E) that hid ASCII text.
    package internal(set) var tagCount = 0
    /// Words that mixed ASCII letters with Cyrillic or Greek look-alikes.
    package internal(set) var mixedScriptWords = 0
    /// Lower-case ASCII letters of the text, vowels among them, and suffix punctuation standing alone
    /// between blanks (`! ! [`), counted by the word pass.
    package internal(set) var letterCount = 0
    package internal(set) var vowelCount = 0
    package internal(set) var lonePunctuation = 0

    /// The folded text, payloads included.
    package var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The folded text itself, without payloads.
    package var text: String { String(decoding: bytes[..<textEnd], as: UTF8.self) }

    /// The original UTF-8 range that the folded bytes `range` came from.
    /// - Parameters:
    ///   - range: A non-empty range of `bytes`.
    package func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        var lower = Int(originStart[range.lowerBound])
        var upper = Int(originEnd[range.upperBound - 1])
        for i in range {
            lower = min(lower, Int(originStart[i]))
            upper = max(upper, Int(originEnd[i]))
        }
        return lower..<upper
    }

    /// Copies the first `buffer.count` bytes of `buffer`; `textEnd` and counts come from the text pass.
    init(_ buffer: FoldBuffer, textEnd: Int, text: FoldBuffer, payloads: [Payload]) {
        bytes = Array(UnsafeBufferPointer(start: buffer.bytes, count: buffer.count))
        originStart = Array(UnsafeBufferPointer(start: buffer.starts, count: buffer.count))
        originEnd = Array(UnsafeBufferPointer(start: buffer.ends, count: buffer.count))
        self.textEnd = textEnd
        self.payloads = payloads
        invisibleCount = text.invisibleCount
        tagCount = text.tagCount
        mixedScriptWords = text.mixedScriptWords
    }
}
