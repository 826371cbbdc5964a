/// Links that carry data out: markdown images whose URL has a query, and URLs with a placeholder
/// where data would go (`?q={chat}`, `=[DATA]`, `=$secret`).
extension InjectionScorer {
    /// Appends exfiltration evidence for each suspicious `http` URL in `bytes` (at most four).
    static func findExfiltrationLinks(
        in bytes: UnsafeBufferPointer<UInt8>, normalized: NormalizedText, into evidence: inout [InjectionEvidence]
    ) {
        let n = bytes.count
        var found = 0
        var i = 0
        while i + 8 < n, found < 4 {
            guard bytes[i] == 0x68, bytes[i + 1] == 0x74, bytes[i + 2] == 0x74, bytes[i + 3] == 0x70,
                i == 0 || !ASCII.isAlnum(bytes[i - 1])
            else {
                i += 1
                continue
            }
            var end = i
            var query = false
            var placeholder = false
            while end < n, bytes[end] > 0x20, bytes[end] != 0x29, bytes[end] != 0x22 {
                let b = bytes[end]
                if b == 0x3F { query = true }
                if b == 0x3D, end + 1 < n, [0x7B, 0x5B, 0x3C, 0x24, 0x25].contains(bytes[end + 1]) { placeholder = true }
                end += 1
            }
            let image = isMarkdownImageTarget(bytes, urlStart: i)
            if (image && query) || placeholder {
                let weight = image && query ? (placeholder ? 0.9 : 0.75) : 0.6
                let rule = image ? "exfiltration.markdown-image-query" : "exfiltration.url-placeholder"
                let matched = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<min(end, i + 120)]), as: UTF8.self)
                evidence.append(
                    .init(
                        category: .exfiltration, rule: rule, weight: weight, matched: matched,
                        utf8Range: normalized.originalRange(of: i..<end), origin: .text))
                found += 1
            }
            i = max(end, i + 1)
        }
    }

    /// Whether the URL at `urlStart` follows `](` of a link that opened with `![` within 300 bytes.
    private static func isMarkdownImageTarget(_ bytes: UnsafeBufferPointer<UInt8>, urlStart: Int) -> Bool {
        guard urlStart >= 2, bytes[urlStart - 1] == 0x28, bytes[urlStart - 2] == 0x5D else { return false }
        var j = urlStart - 3
        while j > 0, urlStart - j < 300 {
            if bytes[j] == 0x5B { return bytes[j - 1] == 0x21 }
            j -= 1
        }
        return false
    }
}
