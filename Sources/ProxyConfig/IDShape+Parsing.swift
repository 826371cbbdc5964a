package import Grounding

extension IDShape {
    /// Parses a one-class pattern: `[A-Z0-9]{10}` or `[A-Za-z0-9]{8,12}`. Only this form is accepted:
    /// one bracketed class made of `A-Z`, `a-z` and `0-9`, then a length `{n}` or `{min,max}` between
    /// 1 and 64.
    package init(parsing text: String) throws(ConfigValueError) {
        let expected = "expected an ID pattern like '[A-Z0-9]{10}' or '[A-Za-z0-9]{8,12}', got '\(text)'"
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]"), let open = text.firstIndex(of: "{"),
            text.hasSuffix("}"), close < open
        else { throw .invalidValue(expected) }
        var classes = Substring(text[text.index(after: text.startIndex)..<close])
        var characters: Characters = []
        while !classes.isEmpty {
            switch classes.prefix(3) {
            case "A-Z": characters.insert(.uppercase)
            case "a-z": characters.insert(.lowercase)
            case "0-9": characters.insert(.digits)
            default: throw .invalidValue(expected + " (the class may hold only A-Z, a-z and 0-9)")
            }
            classes = classes.dropFirst(3)
        }
        let bounds = text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(bounds.count), let low = Int(bounds[0]), let high = Int(bounds.last!), 1 <= low, low <= high, high <= 64 else {
            throw .invalidValue(expected + " (lengths between 1 and 64)")
        }
        guard !characters.isEmpty else { throw .invalidValue(expected) }
        self.init(lengths: low...high, characters: characters)
    }
}
