import ProxyCore

/// Reads a JSON number as an exact amount of US dollars in ``Money``'s pico-dollars, with no
/// floating point on the way.
///
/// Digits up to the 12th decimal place are kept exactly; later ones (below a pico-dollar) round
/// half up, so float noise such as `12.340000000000001` is accepted as 12.34. Exponents are allowed,
/// as JSON allows them (`1.5e2` is 150).
enum JSONNumberAmount {
    /// What a number amounts to.
    enum Reading: Equatable {
        case amount(Money)
        /// Below zero (any non-zero digit after a minus sign).
        case negative
        /// Above the limit.
        case tooLarge
    }

    /// Decimal places of a pico-dollar.
    private static let scaleDigits = 12

    /// Reads `text`, which must already match the JSON number grammar.
    /// - Parameters:
    ///   - text: The number as written, e.g. `12.34`, `-0`, `1e3`.
    ///   - limit: The largest amount accepted.
    static func read(_ text: String, limit: Money) -> Reading {
        let utf8 = Array(text.utf8)
        let negative = utf8.first == UInt8(ascii: "-")
        let mantissaEnd = utf8.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") } ?? utf8.endIndex
        var digits: [UInt8] = []
        var integerDigits = 0
        var seenPoint = false
        for byte in utf8[..<mantissaEnd] {
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else if byte != UInt8(ascii: "-") {
                digits.append(byte - UInt8(ascii: "0"))
                if !seenPoint { integerDigits += 1 }
            }
        }
        let exponent = mantissaEnd < utf8.endIndex ? readExponent(utf8[(mantissaEnd + 1)...]) : 0

        guard let firstNonZero = digits.firstIndex(where: { $0 != 0 }) else { return .amount(.zero) }
        if negative { return .negative }
        // The decimal point of the amount in pico-dollars sits after `point` digits.
        let point = integerDigits + exponent + scaleDigits
        // 20 or more whole digits is at least 10^19 pico-dollars, past any limit Money can hold.
        guard point - firstNonZero <= 19 else { return .tooLarge }

        var pico: UInt64 = 0
        for position in firstNonZero..<max(firstNonZero, point) {
            let digit = position < digits.count ? digits[position] : 0
            pico = pico * 10 + UInt64(digit)
        }
        if point >= 0, point < digits.count, digits[point] >= 5 { pico += 1 }
        guard pico <= UInt64(max(0, limit.picoUSD)) else { return .tooLarge }
        return .amount(Money(picoUSD: Int64(pico)))
    }

    /// The exponent's value, clamped to ±1,000,000,000 (far past any amount that could be valid).
    private static func readExponent(_ text: ArraySlice<UInt8>) -> Int {
        var sign = 1
        var value = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "-"): sign = -1
            case UInt8(ascii: "+"): break
            default: value = min(1_000_000_000, value * 10 + Int(byte - UInt8(ascii: "0")))
            }
        }
        return sign * value
    }
}
