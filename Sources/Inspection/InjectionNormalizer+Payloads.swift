/// Finds base64 and hex runs in the original text and appends their decoding when it reads as text.
extension InjectionNormalizer {
    /// The most payloads decoded per text, and the longest run looked at.
    static let maxPayloads = 8
    static let maxRunLength = 8_192

    /// Scans `text` for encoded runs and appends each decoded run, folded, after a newline.
    static func appendPayloads(
        of text: String, to result: inout FoldBuffer, payloads: inout [NormalizedText.Payload]
    ) {
        var copy = text
        copy.withUTF8 { bytes in
            var decoded: [UInt8] = []
            let n = bytes.count
            var i = 0
            while i < n, payloads.count < maxPayloads {
                let b = bytes[i]
                let atBoundary = i == 0 || !isBase64Byte(bytes[i - 1])
                guard atBoundary, isBase64Byte(b) || b == 0x5C else {
                    i += 1
                    continue
                }
                var runEnd = i + 1
                while runEnd < n, isBase64Byte(bytes[runEnd]) { runEnd += 1 }
                // Short words are skipped unless they open spaced hex pairs (`49 67 …`) or `\x49`.
                let spacedHex = runEnd - i == 2 && runEnd + 2 < n && hexValue(b) != nil && hexValue(bytes[i + 1]) != nil
                    && (bytes[runEnd] == 0x20 || bytes[runEnd] == ASCII.colon || bytes[runEnd] == ASCII.comma)
                let prefixed = b == 0x5C || (b == 0x30 && i + 1 < n && bytes[i + 1] | 0x20 == 0x78)
                guard runEnd - i >= 16 || spacedHex || prefixed else {
                    i = runEnd
                    continue
                }
                decoded.removeAll(keepingCapacity: true)
                if let end = decodeHex(bytes, from: i, into: &decoded), readsAsText(decoded) {
                    append(decoded, kind: .hex, origin: i..<end, to: &result, payloads: &payloads)
                    i = end
                    continue
                }
                decoded.removeAll(keepingCapacity: true)
                if let end = decodeBase64(bytes, from: i, into: &decoded), readsAsText(decoded) {
                    append(decoded, kind: .base64, origin: i..<end, to: &result, payloads: &payloads)
                    i = end
                    continue
                }
                i += 1
                while i < n, isBase64Byte(bytes[i]) { i += 1 }
            }
        }
    }

    private static func append(
        _ decoded: [UInt8], kind: InjectionEvidence.Origin, origin: Range<Int>, to result: inout FoldBuffer,
        payloads: inout [NormalizedText.Payload]
    ) {
        result.append(0x0A, Int32(origin.lowerBound), Int32(origin.upperBound))
        let start = result.count
        normalizePayload(String(decoding: decoded, as: UTF8.self), origin: origin, into: &result)
        payloads.append(.init(kind: kind, originalRange: origin, normalizedRange: start..<result.count))
    }

    @inline(__always) static func isBase64Byte(_ b: UInt8) -> Bool {
        ASCII.isAlnum(b) || b == ASCII.plus || b == ASCII.slash || b == ASCII.minus || b == ASCII.underscore
    }

    /// Decoded bytes read as text: valid UTF-8 of at least 8 bytes, nine in ten printable, half of them
    /// ASCII letters, and a
    /// blank somewhere once past 16 bytes.
    static func readsAsText(_ decoded: [UInt8]) -> Bool {
        guard decoded.count >= 8, String(validating: decoded, as: UTF8.self) != nil else { return false }
        var printable = 0
        var letters = 0
        var blanks = 0
        for b in decoded {
            if (0x20...0x7E).contains(b) || b == 0x0A || b == 0x09 || b >= 0x80 { printable += 1 }
            if ASCII.isLetter(b) { letters += 1 }
            if b == 0x20 || b == 0x0A { blanks += 1 }
        }
        return printable * 10 >= decoded.count * 9 && letters * 2 >= decoded.count
            && (blanks > 0 || decoded.count <= 16)
    }

    /// Decodes at least 8 hex pairs starting at `i`: `49676e6f`, `49 67 6e`, `\x49\x67`, `0x49 0x67`,
    /// `49:67`. Returns the end of the run.
    static func decodeHex(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, into out: inout [UInt8]) -> Int? {
        let n = bytes.count
        var k = i
        var end = i
        while k < n, k - i < maxRunLength {
            var p = k
            if p + 1 < n, bytes[p] == 0x5C || bytes[p] == 0x30, bytes[p + 1] | 0x20 == 0x78 { p += 2 }
            guard p + 1 < n, let hi = hexValue(bytes[p]), let lo = hexValue(bytes[p + 1]) else { break }
            out.append(hi << 4 | lo)
            p += 2
            end = p
            if p < n, bytes[p] == 0x20 || bytes[p] == ASCII.colon || bytes[p] == ASCII.comma { p += 1 }
            k = p
        }
        guard out.count >= 8, end >= bytes.count || !ASCII.isAlnum(bytes[end]) else { return nil }
        return end
    }

    @inline(__always) static func hexValue(_ b: UInt8) -> UInt8? {
        if ASCII.isDigit(b) { return b - 0x30 }
        let lower = b | 0x20
        return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : nil
    }

    /// Decodes a run of 16 or more base64 characters (standard or URL-safe, optional `=` padding) that
    /// mixes cases, starting at `i`. Returns the end of the run.
    static func decodeBase64(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, into out: inout [UInt8]) -> Int? {
        let n = bytes.count
        var k = i
        var upper = false
        var lower = false
        while k < n, k - i < maxRunLength, isBase64Byte(bytes[k]) {
            if ASCII.isUpper(bytes[k]) { upper = true }
            if ASCII.isLower(bytes[k]) { lower = true }
            k += 1
        }
        let length = k - i
        guard length >= 16, upper, lower, length % 4 != 1 else { return nil }
        var end = k
        while end < n, end - k < 2, bytes[end] == 0x3D { end += 1 }
        var accumulator: UInt32 = 0
        var bits = 0
        for p in i..<k {
            accumulator = accumulator << 6 | UInt32(base64Value(bytes[p]))
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return end
    }

    @inline(__always) static func base64Value(_ b: UInt8) -> UInt8 {
        switch b {
        case 0x41...0x5A: b - 0x41
        case 0x61...0x7A: b - 0x61 + 26
        case 0x30...0x39: b - 0x30 + 52
        case ASCII.plus, ASCII.minus: 62
        default: 63
        }
    }
}
