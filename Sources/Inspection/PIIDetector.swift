/// Finds and redacts personal data and secrets in text, in one pass over its UTF-8 bytes.
///
/// Pure and allocation-light: no I/O, no clock, no regular expressions. Findings are sorted and never
/// overlap; where two kinds could claim the same text, the more specific one wins (IP address, then
/// SSN, then card, then phone). Give it decoded text: in raw JSON an escape such as `\n` or `\u00e9`
/// glues to the next word and hides what follows it.
package struct PIIDetector: Sendable {
    let enabled: PIIKindMask

    /// The kinds this detector looks for.
    package var kinds: Set<PIIKind> { Set(PIIKind.allCases.filter(enabled.contains)) }

    /// A detector for `kinds`. Kinds left out are not looked for at all, so their text may be claimed
    /// by another kind (a disabled card number is still not a phone number in practice, but nothing
    /// guarantees it).
    /// - Parameters:
    ///   - kinds: What to detect; every kind by default.
    package init(kinds: Set<PIIKind> = .all) {
        enabled = PIIKindMask(kinds)
    }

    /// The findings in `text`, sorted by position and non-overlapping.
    /// - Parameters:
    ///   - text: Any string; offsets in the findings refer to its UTF-8 view.
    package func findings(in text: String) -> [PIIFinding] {
        withBytes(of: text) { bytes in
            var scanner = PIIScanner(bytes: bytes, enabled: enabled)
            scanner.scan()
            return scanner.findings
        }
    }

    /// How many findings of each kind `text` holds.
    /// - Parameters:
    ///   - text: Any string.
    package func counts(in text: String) -> PIICounts {
        Self.counts(of: findings(in: text))
    }

    static func counts(of findings: [PIIFinding]) -> PIICounts {
        var counts = PIICounts()
        for finding in findings { counts[finding.kind] += 1 }
        return counts
    }

    /// Runs `body` over the UTF-8 bytes of `text`, making them contiguous first if they are not.
    func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body)!
    }
}
