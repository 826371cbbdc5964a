/// Finds US-dollar prices in UTF-8 text without regular expressions.
///
/// A price is a number with a currency marker before it (`$`, `US$`, `USD`) or after it (`$`,
/// `USD`, `US$`, `dollar(s)`), with up to three blanks between them (spaces, no-break and thin
/// spaces). The number may use `.` or `,` for decimals and either of them, or a narrow/no-break
/// space, between thousands: `1,299.99`, `1.299,99`, `1 299,99`. A last group of one or two digits
/// is the fraction; of three digits, thousands (`1,299` is 1299). A number glued to letters or
/// digits (`A18.99`, inside `1YMWWN1N4O`) is not a price. Bare numbers without a marker are not
/// prices either: `3 heat settings` says nothing about cost.
enum PriceScanner {
    private static let usd = Array("USD".utf8)
    private static let dollar = Array("dollar".utf8)

    /// The prices in `bytes`, in order.
    static func prices(in bytes: [UInt8]) -> [StatedPrice] {
        var prices: [StatedPrice] = []
        let n = bytes.count
        var i = 0
        while i < n {
            guard UTF8Bytes.isDigit(bytes[i]), i == 0 || !isGlue(bytes[i - 1]) else {
                i += 1
                continue
            }
            guard let (micros, numberEnd) = number(bytes, at: i) else {
                while i < n, UTF8Bytes.isAlnum(bytes[i]) { i += 1 }
                continue
            }
            if let start = markerBefore(bytes, numberStart: i) {
                if numberEnd >= n || !UTF8Bytes.isLetter(bytes[numberEnd]) || markerAfter(bytes, numberEnd: numberEnd) != nil {
                    let end = markerAfter(bytes, numberEnd: numberEnd) ?? numberEnd
                    prices.append(StatedPrice(micros: micros, utf8Range: start..<end))
                    i = end
                    continue
                }
            } else if let end = markerAfter(bytes, numberEnd: numberEnd) {
                prices.append(StatedPrice(micros: micros, utf8Range: i..<end))
                i = end
                continue
            }
            i = numberEnd
            while i < n, UTF8Bytes.isAlnum(bytes[i]) { i += 1 }
        }
        return prices
    }

    /// A byte that glues a number to what precedes it: a letter, digit, `.` or `,`.
    private static func isGlue(_ b: UInt8) -> Bool {
        UTF8Bytes.isAlnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: ",")
    }

    /// Reads an amount at `i` and returns it in micro-units with the index after it.
    static func number(_ bytes: [UInt8], at i: Int) -> (Int64, Int)? {
        var groups: [Range<Int>] = []
        var separators: [UInt8] = []
        var j = i
        while true {
            let start = j
            while j < bytes.count, UTF8Bytes.isDigit(bytes[j]), j - start < 15 { j += 1 }
            groups.append(start..<j)
            guard j < bytes.count else { break }
            let b = bytes[j]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") {
                guard j + 1 < bytes.count, UTF8Bytes.isDigit(bytes[j + 1]) else { break }
                separators.append(b)
                j += 1
            } else {
                // A no-break or thin space between thousands: `1 299`.
                let width = UTF8Bytes.blankLength(bytes, at: j)
                guard width >= 2, threeDigits(bytes, at: j + width) else { break }
                separators.append(0x20)
                j += width
            }
        }
        if let last = groups.last, last.count > 0, j < bytes.count, UTF8Bytes.isDigit(bytes[j]) { return nil }
        var fraction: Range<Int>? = nil
        if separators.last != 0x20, let last = groups.last, groups.count > 1, last.count != 3 {
            fraction = last
            groups.removeLast()
            separators.removeLast()
        }
        // Every remaining group after the first must be a thousands group, all with one separator.
        for (k, group) in groups.enumerated() where k > 0 && group.count != 3 { return nil }
        if let first = separators.first, separators.contains(where: { $0 != first }) { return nil }
        if groups.count > 1, groups[0].count > 3 { return nil }
        var whole: Int64 = 0
        for group in groups {
            for k in group {
                let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int64(bytes[k] - 0x30))
                guard !o1, !o2 else { return nil }
                whole = s
            }
        }
        var micros: Int64 = 0
        var scale: Int64 = 100_000
        if let fraction {
            for k in fraction.prefix(6) {
                micros += Int64(bytes[k] - 0x30) * scale
                scale /= 10
            }
        }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: 1_000_000)
        guard !overflow else { return nil }
        return (scaled + micros, j)
    }

    private static func threeDigits(_ bytes: [UInt8], at i: Int) -> Bool {
        i + 3 <= bytes.count && (i..<i + 3).allSatisfy { UTF8Bytes.isDigit(bytes[$0]) }
            && (i + 3 == bytes.count || !UTF8Bytes.isDigit(bytes[i + 3]))
    }

    /// The start of a `$`, `US$` or `USD` marker ending at or just before `numberStart`, or nil.
    private static func markerBefore(_ bytes: [UInt8], numberStart: Int) -> Int? {
        let end = UTF8Bytes.skipBlanksBackward(bytes, from: numberStart)
        if end >= 1, bytes[end - 1] == UInt8(ascii: "$") {
            let usStart = end - 3
            if usStart >= 0, UTF8Bytes.hasLiteral(bytes, Array("US".utf8), at: usStart, ignoringCase: false),
                usStart == 0 || !UTF8Bytes.isAlnum(bytes[usStart - 1])
            {
                return usStart
            }
            return end - 1
        }
        let start = end - 3
        if start >= 0, UTF8Bytes.hasLiteral(bytes, usd, at: start), start == 0 || !UTF8Bytes.isAlnum(bytes[start - 1]) {
            return start
        }
        return nil
    }

    /// The end of a `$`, `USD`, `US$` or `dollar(s)` marker at or just after `numberEnd`, or nil.
    /// A `$` directly followed by a digit opens the next price and is not taken.
    private static func markerAfter(_ bytes: [UInt8], numberEnd: Int) -> Int? {
        let j = UTF8Bytes.skipBlanks(bytes, from: numberEnd)
        let n = bytes.count
        if j < n, bytes[j] == UInt8(ascii: "$") {
            let after = UTF8Bytes.skipBlanks(bytes, from: j + 1)
            return after < n && UTF8Bytes.isDigit(bytes[after]) ? nil : j + 1
        }
        if UTF8Bytes.hasLiteral(bytes, Array("US$".utf8), at: j) { return j + 3 }
        if UTF8Bytes.hasLiteral(bytes, usd, at: j), j + 3 >= n || !UTF8Bytes.isAlnum(bytes[j + 3]) { return j + 3 }
        if UTF8Bytes.hasLiteral(bytes, dollar, at: j, ignoringCase: true) {
            var end = j + dollar.count
            if end < n, bytes[end] | 0x20 == UInt8(ascii: "s") { end += 1 }
            return end >= n || !UTF8Bytes.isAlnum(bytes[end]) ? end : nil
        }
        return nil
    }
}
