import ProxyCore

/// Number formatting for advice sentences: fixed, locale-free, deterministic.
enum AdviceText {
    /// A whole number with comma thousands separators: `5,000`.
    /// - Parameters:
    ///   - value: The number.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// Dollars rounded to the cent (`$96.71`), or the exact amount below one cent (`$0.0053`).
    /// - Parameters:
    ///   - money: The amount.
    static func usd(_ money: Money) -> String {
        let cent = Money.picosPerDollar / 100
        guard money.picoUSD.magnitude >= UInt64(cent) else { return money.description }
        let cents = (money.picoUSD + (money.picoUSD >= 0 ? cent / 2 : -cent / 2)) / cent
        let fraction = String(cents.magnitude % 100)
        return
            "\(cents < 0 ? "-" : "")$\(count(Int(cents.magnitude / 100))).\(fraction.count == 1 ? "0" : "")\(fraction)"
    }

    /// A share as a whole percentage: `20%`.
    /// - Parameters:
    ///   - part: The part.
    ///   - whole: The whole; zero gives `0%`.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0%" }
        return "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }
}
