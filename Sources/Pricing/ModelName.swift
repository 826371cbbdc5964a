/// How a model name from a request path, a request body or a response's `modelVersion` is matched
/// against a ``PriceTable``.
///
/// Matching takes two steps. ``normalize(_:)`` removes spelling differences that never change the
/// model. ``lookupCandidates(_:)`` then lists the names to try in order: the exact name, which also
/// matches explicit aliases in the table, then the name without a `-latest` suffix, then without a
/// trailing version or date. Preview and experimental names (`-preview`, `-exp`) are kept, because
/// their prices have differed from the stable model's; the table can alias them explicitly.
package enum ModelName {
    /// The name in the form a price table uses.
    ///
    /// - Surrounding spaces are trimmed and letters are lowercased.
    /// - A `:verb` suffix is dropped (`gemini-2.5-flash:generateContent`).
    /// - Everything up to and including the last `models/` path segment is dropped, which covers the
    ///   Developer API's `models/…` and Vertex's `publishers/google/models/…` with or without
    ///   `projects/…/locations/…/` in front (gemini.md §1, §3).
    /// - A leading `google/` is dropped (the OpenAI-compatible endpoints' `google/gemini-2.5-flash`).
    ///
    /// Names of tuned models and endpoints (`tunedModels/…`, `endpoints/…`) keep their prefix, so
    /// they never match a base model's price.
    /// - Parameters:
    ///   - name: The name as seen on the wire.
    package static func normalize(_ name: String) -> String {
        var text = Substring(name.lowercased())
        text = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        while let last = text.last, last == " " || last == "\t" || last == "\n" || last == "\r" { text.removeLast() }
        if let colon = text.firstIndex(of: ":") { text = text[..<colon] }
        let segments = text.split(separator: "/", omittingEmptySubsequences: false)
        if let models = segments.lastIndex(of: "models"), models < segments.count - 1 {
            text = segments[(models + 1)...].joined(separator: "/")[...]
        } else if text.hasPrefix("google/") {
            text = text.dropFirst("google/".count)
        }
        return String(text)
    }

    /// The names to look up, most specific first, for a name already passed through
    /// ``normalize(_:)``; duplicates are removed.
    ///
    /// 1. The name itself (an entry's model name or one of its explicit aliases).
    /// 2. Without a trailing `-latest`.
    /// 3. Then without a trailing version or date: one or more `-`-separated groups of 2 to 8 digits,
    ///    as in `-001`, `-002`, `-05-20`, `-09-2025`, `-2025-06-17` or `-20250617`.
    /// - Parameters:
    ///   - normalized: A normalized model name.
    package static func lookupCandidates(_ normalized: String) -> [String] {
        var names = [normalized]
        var text = Substring(normalized)
        if text.hasSuffix("-latest") {
            text = text.dropLast("-latest".count)
            names.append(String(text))
        }
        var strippedDigits = false
        while let dash = text.lastIndex(of: "-"), text.startIndex < dash {
            let group = text[text.index(after: dash)...]
            guard (2...8).contains(group.count), group.allSatisfy({ $0.isASCII && $0.isNumber }) else { break }
            text = text[..<dash]
            strippedDigits = true
        }
        if strippedDigits { names.append(String(text)) }
        var seen = Set<String>()
        return names.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
