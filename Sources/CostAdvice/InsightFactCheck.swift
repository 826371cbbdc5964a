/// Checks a model-written insight against the facts it was given: every number in the text must
/// be one of the facts' numbers, as written or rounded to the precision the text shows. Numbers
/// inside identifiers (`gemini-2.5-flash`, `us-central1`) are part of a name, not figures.
///
/// This is what keeps "AI observing AI" honest: Gemini words the summary, Outrigger's own
/// computation supplies every figure, and a reply that invents one is not published.
package struct InsightFactCheck: Sendable {
    /// The facts' numbers, each with its decimal places as written.
    private let facts: [(value: Double, decimals: Int)]

    /// - Parameter facts: the text the model was given (the facts JSON).
    package init(facts: String) {
        self.facts = Self.numbers(in: facts).map { ($0.value, $0.decimals) }
    }

    /// The numbers in `text` that match no fact; empty when the text passes.
    package func unsupported(in text: String) -> [String] {
        Self.numbers(in: text).filter { number in
            !facts.contains { fact in
                Self.matches(fact.value, shownAs: number.value, decimals: number.decimals, percent: number.isPercent)
            }
        }.map(\.text)
    }

    /// Whether `fact` reads as `shown` when rounded to `decimals` places (or, for a percentage,
    /// a ratio in the facts shown as one: 0.042 → 4.2 %).
    private static func matches(_ fact: Double, shownAs shown: Double, decimals: Int, percent: Bool) -> Bool {
        let scale = power10(decimals)
        let tolerance = 0.5 / scale + 1e-9
        if abs(fact - shown) <= tolerance { return true }
        return percent && fact > 0 && fact <= 1 && abs(fact * 100 - shown) <= tolerance
    }

    private static func power10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }

    /// A number as it appears in text.
    struct Number {
        var text: String
        var value: Double
        var decimals: Int
        /// Followed by `%` or the word `percent`.
        var isPercent = false
    }

    /// The standalone numbers in `text`: digits with an optional decimal part and thousands
    /// separators, unless they continue an identifier (a letter or `_` right before them, or a
    /// `-` or `.` joined to a letter or digit: `p99`, `us-central1`, `gemini-2.5-flash`).
    static func numbers(in text: String) -> [Number] {
        let scalars = Array(text.unicodeScalars)
        var found: [Number] = []
        var i = 0
        while i < scalars.count {
            guard isDigit(scalars[i]) else { i += 1; continue }
            let start = i
            var digits = ""
            var decimals = -1
            while i < scalars.count {
                let c = scalars[i]
                if isDigit(c) {
                    digits.unicodeScalars.append(c)
                    if decimals >= 0 { decimals += 1 }
                } else if c == ",", decimals < 0, i + 3 < scalars.count, (1...3).allSatisfy({ isDigit(scalars[i + $0]) }),
                    i + 4 >= scalars.count || !isDigit(scalars[i + 4])
                {
                    // A thousands separator: exactly three digits follow.
                } else if c == ".", decimals < 0, i + 1 < scalars.count, isDigit(scalars[i + 1]) {
                    digits.unicodeScalars.append(c)
                    decimals = 0
                } else {
                    break
                }
                i += 1
            }
            let before = start > 0 ? scalars[start - 1] : " "
            let beforeThat = start > 1 ? scalars[start - 2] : " "
            let joined = (before == "-" || before == ".") && (isLetter(beforeThat) || isDigit(beforeThat))
            let inIdentifier = isLetter(before) || before == "_" || joined
            if !inIdentifier, let value = Double(digits) {
                var next = i
                while next < scalars.count, scalars[next] == " " { next += 1 }
                let rest = String(String.UnicodeScalarView(scalars[next..<min(next + 7, scalars.count)]))
                found.append(Number(
                    text: String(String.UnicodeScalarView(scalars[start..<i])), value: value, decimals: max(decimals, 0),
                    isPercent: rest.hasPrefix("%") || rest.lowercased().hasPrefix("percent")
                ))
            }
        }
        return found
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    private static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
}
