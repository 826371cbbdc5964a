/// A configuration struct that can be read from one YAML mapping.
///
/// To add a section: write the struct with its `static let default`, conform it here in a
/// `Type+Reading.swift` file by asking the reader for each key, and read it from its parent with
/// ``ConfigReader/section(_:as:)``. Missing keys keep their defaults; the reader reports the rest.
protocol ConfigSection {
    /// Reads the section's keys from `reader`, keeping the default for missing or bad values.
    /// - Parameters:
    ///   - reader: The reader over this section's mapping (empty when the section is absent).
    init(reading reader: ConfigReader)
}
