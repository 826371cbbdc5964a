/// Durations in the configuration: `250ms`, `5s`, `2m`, `1h`, `1m30s`, `1.5s`, or a bare number of seconds.
extension Duration {
    /// Nanoseconds per unit, shortest unit first.
    private static let units: [(name: String, nanoseconds: Int64)] = [
        ("ns", 1), ("us", 1_000), ("ms", 1_000_000), ("s", 1_000_000_000), ("m", 60_000_000_000),
        ("h", 3_600_000_000_000),
    ]

    /// The units with two-letter names first, so `ms` is matched before `m`.
    private static let unitsByLongestName = units.sorted { $0.name.count > $1.name.count }

    /// Parses a configuration duration: one or more `<number><unit>` parts (units `h`, `m`, `s`,
    /// `ms`, `us`, `ns`; the number may have a fraction), or a bare number of seconds.
    /// - Parameters:
    ///   - text: The text, e.g. `1m30s`.
    package init(configText text: String) throws(ConfigValueError) {
        let invalid = ConfigValueError.invalidValue(
            "invalid duration '\(text)': expected a number with a unit (ms, s, m, h), like '250ms', '5s' or '1m30s'"
        )
        var rest = Substring(text)
        guard !rest.isEmpty else { throw invalid }
        var total: Int64 = 0
        var bareNumberAllowed = true
        while !rest.isEmpty {
            guard let (whole, fraction) = Self.number(from: &rest) else { throw invalid }
            let unit: Int64
            if rest.isEmpty, bareNumberAllowed {
                unit = 1_000_000_000
            } else if let match = Self.unitsByLongestName.first(where: { rest.hasPrefix($0.name) }) {
                unit = match.nanoseconds
                rest = rest.dropFirst(match.name.count)
            } else {
                throw invalid
            }
            bareNumberAllowed = false
            let (wholePart, overflow1) = whole.multipliedReportingOverflow(by: unit)
            let fractionPart = Int64((fraction * Double(unit)).rounded())
            let (sum, overflow2) = total.addingReportingOverflow(wholePart)
            let (withFraction, overflow3) = sum.addingReportingOverflow(fractionPart)
            guard !overflow1, !overflow2, !overflow3 else {
                throw .outOfRange("duration '\(text)' is too long")
            }
            total = withFraction
        }
        self = .nanoseconds(total)
    }

    /// Reads `digits[.digits]` from the front of `text`: the whole part and the fraction.
    private static func number(from text: inout Substring) -> (whole: Int64, fraction: Double)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        text = text.dropFirst(digits.count)
        var fractionDigits: Substring = ""
        if text.first == "." {
            fractionDigits = text.dropFirst().prefix { $0.isASCII && $0.isNumber }
            text = text.dropFirst(1 + fractionDigits.count)
        }
        guard !digits.isEmpty || !fractionDigits.isEmpty else { return nil }
        guard let whole = digits.isEmpty ? 0 : Int64(digits) else { return nil }
        let fraction = fractionDigits.isEmpty ? 0 : Double("0." + fractionDigits) ?? 0
        return (whole, fraction)
    }

    /// The shortest text ``init(configText:)`` reads back to this duration, e.g. `1m30s` or `250ms`.
    package var configText: String {
        let (seconds, attoseconds) = components
        let (scaled, overflow1) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        let (total, overflow2) = scaled.addingReportingOverflow(attoseconds / 1_000_000_000)
        guard !overflow1, !overflow2 else { return "\(seconds)s" }
        guard total != 0 else { return "0s" }
        var text = total < 0 ? "-" : ""
        var remaining = total.magnitude
        for unit in Self.units.reversed() where remaining >= unit.nanoseconds.magnitude {
            text += "\(remaining / unit.nanoseconds.magnitude)\(unit.name)"
            remaining %= unit.nanoseconds.magnitude
        }
        return text
    }
}
