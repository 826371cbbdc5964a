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

    /// Reads one of an enum's spellings (case-insensitive); the error lists them all.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, default defaultValue: Choice) -> Choice
    where Choice.RawValue == String {
        let names = Choice.allCases.map(\.rawValue)
        let expected = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
        return parsed(key, default: defaultValue, expected: expected) { (text) throws(ConfigValueError) in
            guard let value = Choice(rawValue: text.lowercased()) else {
                throw .invalidValue("invalid \(key) '\(text)': expected \(expected)")
            }
            return value
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

/// Accessors for mappings with names chosen by the user (model names) and for lists.
extension ConfigReader {
    /// The members of a mapping whose keys are names, each with a reader for its own mapping.
    /// The caller reads each member and calls ``finish()`` on it. A member that is not a mapping
    /// is recorded as a problem and skipped.
    /// - Returns: nil when the key is absent.
    func namedSections(_ key: String) -> [(name: String, line: Int?, reader: ConfigReader)]? {
        guard let entry = take(key) else { return nil }
        guard case .mapping(let mapping) = entry.value else {
            if !entry.value.isNull { record(entry, "expected a mapping of names to settings, got \(entry.value.summary)") }
            return entry.value.isNull ? [] : nil
        }
        let holder = ConfigReader(path: keyPath(key), log: log)
        holder.load(mapping)
        var result: [(name: String, line: Int?, reader: ConfigReader)] = []
        for member in holder.allEntries() {
            let child = ConfigReader(path: holder.keyPath(member.key), log: log)
            if case .mapping(let inner) = member.value {
                child.load(inner)
            } else if !member.value.isNull {
                holder.record(member, "expected a mapping, got \(member.value.summary)")
                continue
            }
            result.append((member.key, member.line, child))
        }
        return result
    }

    /// The elements of a list of mappings, each with a reader whose path ends in `[index]`.
    /// The caller reads each element and calls ``finish()`` on it.
    /// - Returns: nil when the key is absent.
    func sectionList(_ key: String) -> [ConfigReader]? {
        guard let entry = take(key) else { return nil }
        guard case .sequence(let sequence) = entry.value else {
            if !entry.value.isNull { record(entry, "expected a list, got \(entry.value.summary)") }
            return entry.value.isNull ? [] : nil
        }
        var result: [ConfigReader] = []
        for (index, element) in sequence.enumerated() {
            let child = ConfigReader(path: keyPath(key) + "[\(index)]", log: log)
            if case .mapping(let mapping) = element {
                child.load(mapping)
                result.append(child)
            } else {
                log.record(keyPath: child.path, line: element.mark?.line, "expected a mapping, got \(element.summary)")
            }
        }
        return result
    }

    /// A list of strings (`[a, b]` or one item per line); a single string counts as a list of one.
    func strings(_ key: String, default defaultValue: [String]) -> [String] {
        guard let entry = take(key) else { return defaultValue }
        switch entry.value {
        case .scalar(let scalar) where !entry.value.isNull:
            return [scalar.string]
        case .sequence(let sequence):
            var result: [String] = []
            for element in sequence {
                guard case .scalar(let scalar) = element, !element.isNull else {
                    record(entry, "expected a list of names, got \(element.summary) in it")
                    return defaultValue
                }
                result.append(scalar.string)
            }
            return result
        default:
            if entry.value.isNull { return [] }
            record(entry, "expected a list of names, got \(entry.value.summary)")
            return defaultValue
        }
    }

    /// The line of `key`'s entry, if present (for problems found after reading).
    func line(of key: String) -> Int? {
        entries.first { $0.key == key }?.line
    }
}

extension ConfigReader {
    /// A string, or nil when the key is absent or null.
    func optionalString(_ key: String) -> String? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else {
            _ = take(key)
            return nil
        }
        return string(key, default: "")
    }

    /// A nested mapping's reader when the key is present; the caller calls ``finish()`` on it.
    func optionalSection(_ key: String) -> ConfigReader? {
        guard let entry = take(key) else { return nil }
        let child = ConfigReader(path: keyPath(key), log: log)
        if case .mapping(let mapping) = entry.value {
            child.load(mapping)
        } else if !entry.value.isNull {
            record(entry, "expected a mapping, got \(entry.value.summary)")
            return nil
        }
        return child
    }
}
