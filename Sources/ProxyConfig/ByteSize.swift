/// Sizes in the configuration: `32MiB`, `512KiB`, `1GiB`, `10MB`, `1000`, or a bare number of bytes.
enum ByteSize {
    /// Bytes per unit. Binary units (`KiB`) are powers of 1024, decimal ones (`KB`) of 1000.
    private static let units: [(name: String, bytes: Int)] = [
        ("B", 1),
        ("KB", 1_000), ("MB", 1_000_000), ("GB", 1_000_000_000), ("TB", 1_000_000_000_000),
        ("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("TiB", 1 << 40),
    ]

    /// Binary units used by ``format(_:)``, largest first.
    private static let formatUnits: [(name: String, bytes: Int)] = [
        ("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10),
    ]

    /// Parses a size: a whole number, then optionally a space and a unit (`B`, `KB`, `MB`, `GB`,
    /// `TB`, `KiB`, `MiB`, `GiB`, `TiB`; case does not matter).
    /// - Parameters:
    ///   - text: The text, e.g. `32MiB`.
    static func parse(_ text: String) throws(ConfigValueError) -> Int {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let unitName = text.dropFirst(digits.count).drop { $0 == " " }
        guard !digits.isEmpty else {
            throw .invalidValue(
                "invalid size '\(text)': expected a whole number of bytes or a number with a unit "
                    + "(KiB, MiB, GiB, KB, MB, GB), like '32MiB'"
            )
        }
        guard unitName.first != "." else {
            throw .invalidValue("invalid size '\(text)': use a whole number, like '1536MiB' instead of '1.5GiB'")
        }
        var multiplier = 1
        if !unitName.isEmpty {
            guard let unit = units.first(where: { $0.name.lowercased() == unitName.lowercased() }) else {
                throw .invalidValue(
                    "invalid size '\(text)': unknown unit '\(unitName)'; use B, KiB, MiB, GiB, TiB, KB, MB, GB or TB"
                )
            }
            multiplier = unit.bytes
        }
        guard let count = Int(digits) else { throw .outOfRange("size '\(text)' is too large") }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { throw .outOfRange("size '\(text)' is too large") }
        return bytes
    }

    /// The size in the largest binary unit that divides it exactly (`32MiB`), else a bare byte count.
    /// ``parse(_:)`` reads it back to the same value.
    /// - Parameters:
    ///   - bytes: The size in bytes.
    static func format(_ bytes: Int) -> String {
        guard bytes != 0 else { return "0" }
        for unit in formatUnits where bytes % unit.bytes == 0 {
            return "\(bytes / unit.bytes)\(unit.name)"
        }
        return "\(bytes)"
    }
}
