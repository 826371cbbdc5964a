extension PIIDetector {
    /// `text` with every finding replaced by its kind's placeholder (`[EMAIL]`, `[PHONE]`, `[CARD]`,
    /// `[IBAN]`, `[SSN]`, `[IP]`, `[SECRET]`), and the counts of what was replaced. All other bytes are
    /// copied unchanged. Text without findings is returned as is, without allocating.
    /// - Parameters:
    ///   - text: Any string.
    package func redact(_ text: String) -> (text: String, counts: PIICounts) {
        withBytes(of: text) { bytes in
            var scanner = PIIScanner(bytes: bytes, enabled: enabled)
            scanner.scan()
            let findings = scanner.findings
            guard !findings.isEmpty else { return (text, PIICounts()) }
            return (Self.replacing(findings, in: bytes), Self.counts(of: findings))
        }
    }

    /// Builds the redacted string in one allocation of the exact size.
    private static func replacing(_ findings: [PIIFinding], in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var size = bytes.count
        for finding in findings { size += finding.kind.placeholder.utf8.count - finding.utf8Range.count }
        return String(unsafeUninitializedCapacity: size) { output in
            var written = 0
            var copied = 0
            func copy(_ source: UnsafeBufferPointer<UInt8>) {
                guard let base = source.baseAddress, !source.isEmpty else { return }
                (output.baseAddress! + written).initialize(from: base, count: source.count)
                written += source.count
            }
            for finding in findings {
                copy(UnsafeBufferPointer(rebasing: bytes[copied..<finding.utf8Range.lowerBound]))
                var placeholder = finding.kind.placeholder
                placeholder.withUTF8 { copy($0) }
                copied = finding.utf8Range.upperBound
            }
            copy(UnsafeBufferPointer(rebasing: bytes[copied...]))
            return written
        }
    }
}
