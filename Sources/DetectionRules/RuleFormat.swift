/// Number and time formatting for signal text, without Foundation.
enum RuleFormat {
    /// `x` with `digits` decimals.
    static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (abs(x) * scale).rounded()
        let whole = Int64(r / scale)
        let frac = Int64(r - Double(whole) * scale)
        var text = "\(whole)"
        if digits > 0 {
            let f = String(frac)
            text += "." + String(repeating: "0", count: max(0, digits - f.count)) + f
        }
        return (x < 0 && r != 0 ? "-" : "") + text
    }

    /// A value in its unit: ratios as percentages, money with `$`, others with the unit name.
    static func value(_ x: Double, unit: String) -> String {
        switch unit {
        case "ratio": return fixed(x * 100, 1) + "%"
        case "usd": return "$" + fixed(x, 4)
        case "probability", "score": return fixed(x, 2)
        case "ms": return fixed(x, 0) + " ms"
        default: return fixed(x, x.rounded() == x ? 0 : 1) + " " + unit
        }
    }

    /// `10m`, `1h`, `90s`.
    static func duration(_ seconds: Double) -> String {
        if seconds >= 3600, seconds.truncatingRemainder(dividingBy: 3600) == 0 { return "\(Int(seconds / 3600))h" }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60))m" }
        return "\(Int(seconds))s"
    }

    /// `HH:MM` UTC of a time in seconds since the epoch.
    static func clock(_ time: Double) -> String {
        let minutes = Int64((time / 60).rounded(.down))
        let h = ((minutes / 60) % 24 + 24) % 24
        let m = (minutes % 60 + 60) % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
