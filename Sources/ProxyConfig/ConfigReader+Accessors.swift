import Yams

/// Typed accessors. Each marks its key as known, returns the default when the key is missing,
/// and records a problem (keeping the default) when the value cannot be used.
extension ConfigReader {
    /// Reads a nested section; an absent or empty section reads as all defaults.
    /// - Parameters:
    ///   - key: The section's key.
    ///   - type: The section's type.
    func section<Section: ConfigSection>(_ key: String, as type: Section.Type = Section.self) -> Section {
        let child = ConfigReader(path: keyPath(key), log: log)
        if let entry = take(key) {
            if case .mapping(let mapping) = entry.value {
                child.load(mapping)
            } else if !entry.value.isNull {
                record(entry, "expected a mapping, got \(entry.value.summary)")
            }
        }
        let section = Section(reading: child)
        child.finish()
        return section
    }

    /// Reads a scalar and converts it; the core of the other accessors.
    /// - Parameters:
    ///   - key: The key.
    ///   - defaultValue: The value when the key is missing or bad.
    ///   - expected: What belongs there, for the message when the value is not a scalar.
    ///   - convert: Turns the scalar into a value or throws why it cannot.
    func scalar<Value>(
        _ key: String, default defaultValue: Value, expected: String,
        _ convert: (ConfigScalar) throws(ConfigValueError) -> Value
    ) -> Value {
        guard let entry = take(key) else { return defaultValue }
        guard case .scalar(let node) = entry.value, !entry.value.isNull else {
            record(entry, ConfigValueError.wrongType(expected: expected, got: entry.value.summary).message)
            return defaultValue
        }
        do {
            return try convert(ConfigScalar(node))
        } catch {
            record(entry, error.message)
            return defaultValue
        }
    }

    /// Reads a scalar's text, quoted or not, and parses it.
    /// - Parameters:
    ///   - key: The key.
    ///   - defaultValue: The value when the key is missing or bad.
    ///   - expected: What belongs there, for the message when the value is not a scalar.
    ///   - parse: Turns the text into a value or throws why it cannot.
    func parsed<Value>(
        _ key: String, default defaultValue: Value, expected: String,
        _ parse: (String) throws(ConfigValueError) -> Value
    ) -> Value {
        scalar(key, default: defaultValue, expected: expected) { (scalar) throws(ConfigValueError) in
            try parse(scalar.text)
        }
    }

    /// Reads a string, quoted or not.
    func string(_ key: String, default defaultValue: String) -> String {
        parsed(key, default: defaultValue, expected: "a string") { $0 }
    }

    /// Reads `true` or `false` (YAML 1.1 `yes`/`no`/`on`/`off` too).
    func bool(_ key: String, default defaultValue: Bool) -> Bool {
        scalar(key, default: defaultValue, expected: "a boolean (true or false)") { (scalar) throws(ConfigValueError) in
            try scalar.bool()
        }
    }

    /// Reads an integer within `range`.
    func int(_ key: String, default defaultValue: Int, in range: ClosedRange<Int>) -> Int {
        scalar(key, default: defaultValue, expected: "an integer") { (scalar) throws(ConfigValueError) in
            let value = try scalar.integer()
            guard range.contains(value) else {
                throw .outOfRange("must be between \(range.lowerBound) and \(range.upperBound), got \(value)")
            }
            return value
        }
    }

    /// Reads a duration (`250ms`, `1m30s`, or a bare number of seconds) within `range`.
    func duration(_ key: String, default defaultValue: Duration, in range: ClosedRange<Duration>) -> Duration {
        parsed(key, default: defaultValue, expected: "a duration like '5s' or '1m30s'") { (text) throws(ConfigValueError) in
            let value = try Duration(configText: text)
            guard range.contains(value) else {
                throw .outOfRange(
                    "must be between \(range.lowerBound.configText) and \(range.upperBound.configText), "
                        + "got \(value.configText)"
                )
            }
            return value
        }
    }

    /// Reads a size in bytes (`32MiB`, `10MB`, or a bare number of bytes) within `range`.
    func byteSize(_ key: String, default defaultValue: Int, in range: ClosedRange<Int>) -> Int {
        parsed(key, default: defaultValue, expected: "a size like '32MiB'") { (text) throws(ConfigValueError) in
            let value = try ByteSize.parse(text)
            guard range.contains(value) else {
                let lower = ByteSize.format(range.lowerBound)
                let bounds = range.upperBound == .max
                    ? "at least \(lower)" : "between \(lower) and \(ByteSize.format(range.upperBound))"
                throw .outOfRange("must be \(bounds), got \(ByteSize.format(value))")
            }
            return value
        }
    }

    /// Reads an `http://` or `https://` base URL.
    /// - Parameters:
    ///   - key: The key.
    ///   - defaultValue: The value when the key is missing or bad.
    ///   - location: Whether the URL must, may or must not contain `{location}`.
    func url(_ key: String, default defaultValue: String, location: BaseURL.LocationPlaceholder) -> String {
        parsed(key, default: defaultValue, expected: "a URL") { (text) throws(ConfigValueError) in
            try BaseURL.validate(text, location: location)
        }
    }
}
