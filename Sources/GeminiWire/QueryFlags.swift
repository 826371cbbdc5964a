/// The two query parameters that change response framing: `alt=sse` and `$alt=json;enum-encoding=int`.
struct QueryFlags {
    var altSSE = false
    var enumsAsIntegers = false

    init(_ query: Substring?) {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&") {
            let decoded = PercentDecoding.decode(pair)
            // `alt=sse`, or the system parameter `$alt=json;enum-encoding=int` (gemini.md §0.3).
            if decoded == "alt=sse" || decoded == "$alt=sse" {
                altSSE = true
            } else if decoded.hasPrefix("$alt=") || decoded.hasPrefix("alt=") {
                if decoded.contains("enum-encoding=int") { enumsAsIntegers = true }
                if decoded.hasPrefix("$alt=sse") || decoded.hasPrefix("alt=sse") { altSSE = true }
            }
        }
    }
}

/// Minimal RFC 3986 percent-decoding; invalid escapes are kept literally.
package enum PercentDecoding {
    package static func decode(_ s: Substring) -> String {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return String(s) }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var it = Array(s.utf8)[...]
        while let c = it.popFirst() {
            if c == UInt8(ascii: "%"), it.count >= 2, let h = hex(it[it.startIndex]), let l = hex(it[it.startIndex + 1]) {
                out.append(h << 4 | l)
                it = it.dropFirst(2)
            } else if c == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
