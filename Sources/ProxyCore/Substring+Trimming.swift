extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, newlines).
    package func trimmingWhitespace() -> SubSequence {
        var s = self[...]
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return s
    }
}
