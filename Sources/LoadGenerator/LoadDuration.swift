/// Parses `--duration` values.
package enum LoadDuration {
    /// `500ms`, `30s`, `5m`, `1h`, `1m30s`, or a bare number of seconds.
    /// - Parameters:
    ///   - text: The flag's value.
    package static func parse(_ text: String) throws(LoadError) -> Duration {
        let bad = LoadError.invalidOption("--duration must look like 30s, 5m, 1m30s, 500ms or a number of seconds, got '\(text)'")
        if let seconds = Double(text), seconds > 0 { return .milliseconds(Int64((seconds * 1000).rounded())) }
        var total = 0.0
        var number = ""
        var rest = Substring(text)
        guard !rest.isEmpty else { throw bad }
        while let c = rest.first {
            if c.isNumber || c == "." {
                number.append(c)
                rest = rest.dropFirst()
                continue
            }
            let unit: Double
            if rest.hasPrefix("ms") { unit = 0.001; rest = rest.dropFirst(2) }
            else if c == "s" { unit = 1; rest = rest.dropFirst() }
            else if c == "m" { unit = 60; rest = rest.dropFirst() }
            else if c == "h" { unit = 3600; rest = rest.dropFirst() }
            else { throw bad }
            guard let value = Double(number) else { throw bad }
            total += value * unit
            number = ""
        }
        guard number.isEmpty, total > 0 else { throw bad }
        return .milliseconds(Int64((total * 1000).rounded()))
    }
}
