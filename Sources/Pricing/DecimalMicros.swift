/// Exact conversion between plain decimal text and whole millionths: `"0.30"` is `300_000`.
///
/// The grammar is `digits [ "." digits ]` with at most 6 fraction digits. There is no sign, exponent,
/// space, digit separator or currency sign, so a value read from configuration is never rounded and
/// never goes through a `Double`. Configuration readers should hand over the scalar's text as written
/// (a YAML `0.30` must not be read as a floating-point number first).
package enum DecimalMicros {
    /// Millionths in one unit.
    package static let scale: Int64 = 1_000_000

    /// Parses decimal text into millionths of its unit.
    /// - Parameters:
    ///   - text: The text, e.g. `0.30` or `15`.
    ///   - what: What the number is, for error messages: `price`, `multiplier`.
    package static func parse(_ text: String, what: String = "number") throws(PriceConfigError) -> Int64 {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else {
            throw .invalidNumber(text, what: what, hint: "write a decimal number such as 0.30")
        }
        if first == UInt8(ascii: "-") { throw .negative(text, what: what) }
        let point = bytes.firstIndex(of: UInt8(ascii: "."))
        let wholeDigits = bytes[..<(point ?? bytes.endIndex)]
        let fractionDigits = point.map { bytes[($0 + 1)...] } ?? []
        guard wholeDigits.allSatisfy(isDigit), fractionDigits.allSatisfy(isDigit) else {
            throw .invalidNumber(text, what: what, hint: hint(for: bytes))
        }
        guard !wholeDigits.isEmpty else {
            throw .invalidNumber(text, what: what, hint: "write a digit before the decimal point, e.g. 0.5")
        }
        if point != nil, fractionDigits.isEmpty {
            throw .invalidNumber(text, what: what, hint: "write a digit after the decimal point, or drop the point")
        }
        guard fractionDigits.count <= 6 else { throw .tooPrecise(text, what: what) }

        var whole: Int64 = 0
        for digit in wholeDigits {
            let (shifted, overflowA) = whole.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = shifted.addingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { throw tooLarge(text, what: what) }
            whole = next
        }
        var fraction: Int64 = 0
        for digit in fractionDigits { fraction = fraction * 10 + Int64(digit - UInt8(ascii: "0")) }
        for _ in fractionDigits.count..<6 { fraction *= 10 }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: scale)
        guard !overflow else { throw tooLarge(text, what: what) }
        return scaled + fraction
    }

    /// Formats millionths as decimal text that ``parse(_:what:)`` reads back to the same value.
    /// - Parameters:
    ///   - micros: The value in millionths.
    ///   - minimumFractionDigits: Fraction digits kept even when they are zero (0 to 6).
    package static func format(_ micros: Int64, minimumFractionDigits: Int = 2) -> String {
        let magnitude = micros.magnitude
        var fraction = String(magnitude % UInt64(scale))
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        let keep = max(0, min(6, minimumFractionDigits))
        while fraction.count > keep, fraction.last == "0" { fraction.removeLast() }
        let whole = "\(micros < 0 ? "-" : "")\(magnitude / UInt64(scale))"
        return fraction.isEmpty ? whole : "\(whole).\(fraction)"
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func tooLarge(_ text: String, what: String) -> PriceConfigError {
        .outOfRange("invalid \(what) '\(text)': the number is too large")
    }

    /// The most useful advice for text that contains something other than digits and one point.
    private static func hint(for bytes: [UInt8]) -> String {
        func has(_ character: Unicode.Scalar) -> Bool { bytes.contains(UInt8(ascii: character)) }
        if has("$") { return "write the amount in US dollars without a currency sign, e.g. 0.30" }
        if bytes.first == UInt8(ascii: "+") { return "write the number without a sign, e.g. 0.30" }
        if has(" ") || has("\t") { return "remove the spaces, e.g. 0.30" }
        if has(",") || has("_") || has("'") {
            return "use '.' as the decimal point and no digit separators, e.g. 1250.50"
        }
        if has("e") || has("E") { return "write it without an exponent, e.g. 0.000125 instead of 1.25e-4" }
        if bytes.filter({ $0 == UInt8(ascii: ".") }).count > 1 { return "use a single decimal point, e.g. 0.30" }
        return "write a plain decimal number such as 0.30"
    }
}
