/// Decimal numbers.
extension ConfigReader {
    /// Reads a number (integer or decimal) within `range`.
    func double(_ key: String, default defaultValue: Double, in range: ClosedRange<Double>) -> Double {
        parsed(key, default: defaultValue, expected: "a number") { (text) throws(ConfigValueError) in
            guard let value = Double(text), value.isFinite else {
                throw .invalidValue("expected a number, got '\(text)'")
            }
            guard range.contains(value) else {
                throw .outOfRange("must be between \(Self.plain(range.lowerBound)) and \(Self.plain(range.upperBound)), got \(text)")
            }
            return value
        }
    }

    /// A score between 0 and 1.
    func score(_ key: String, default defaultValue: Double) -> Double {
        double(key, default: defaultValue, in: 0...1)
    }

    /// `3` rather than `3.0` in messages.
    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
