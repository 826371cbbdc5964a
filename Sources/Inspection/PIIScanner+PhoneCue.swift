/// Phone numbers recognised by the words before them rather than by their shape, and extensions.
extension PIIScanner {
    /// Matches a run of 7–15 digits at `i`, in groups joined by single spaces, `-`, `.` or `/`
    /// (groups after the first have 2+ digits), when a phone word comes before it: `Tel. 0619345145`,
    /// `Handy 0171 2345678`, `telefone 48 2723-3601`, `chiamatemi al 375687789`. Dates in groups
    /// (`29.11.2026`, `2026-11-29`) and amounts in thousands (`1 299 000`, `12.500.000`) are not phone
    /// numbers, whatever precedes them.
    func matchCuedPhone(at i: Int) -> Int? {
        var j = i
        var total = 0
        var groups = 0
        var lengths = (0, 0, 0)  // of the first three groups, for the date check
        var thousands = 1  // how many leading groups read as an amount: 3 digits after the first, one separator
        var separator: UInt8 = 0
        var end: Int?
        var endGroups = 0
        while true {
            let run = digitRun(j)
            guard total + run <= 15 else { break }
            total += run
            j += run
            if groups > 0, thousands == groups, run == 3, separator == 0 || at(j - run - 1) == separator {
                thousands += 1
            }
            if groups == 1 { separator = at(j - run - 1) }
            switch groups {
            case 0: lengths.0 = run
            case 1: lengths.1 = run
            case 2: lengths.2 = run
            default: break
            }
            groups += 1
            if total >= 7 {
                if let e = extensionEnd(at: j) {
                    end = e
                    endGroups = groups
                    break
                }
                if numberCanEnd(at: j) {
                    end = j
                    endGroups = groups
                }
            }
            guard Self.isCuedSeparator(at(j)), digitRun(j + 1) >= 2 else { break }
            j += 1
        }
        guard let end, !Self.isDateShape(groups: endGroups, lengths),
            !(endGroups >= 3 && thousands >= endGroups && lengths.0 <= 2),  // `1 299 000`, `12.500.000`
            context(before: i) == .phone
        else { return nil }
        return end
    }

    /// Whether the groups starting with `length` digits at `i` hold 7 digits: a cheap test before
    /// `matchCuedPhone`, since most numbers are short (`2 items`, `$67.99`, `3-5 days`).
    @inline(__always) func mayBeCuedPhone(at i: Int, length: Int) -> Bool {
        var k = i + length
        var digits = length
        while digits < 7, Self.isCuedSeparator(at(k)), ASCII.isDigit(at(k + 1)) {
            let run = digitRun(k + 1)
            digits += run
            k += 1 + run
        }
        return digits >= 7
    }

    @inline(__always) private static func isCuedSeparator(_ b: UInt8) -> Bool {
        b == ASCII.space || b == ASCII.minus || b == ASCII.dot || b == ASCII.slash
    }

    /// Whether three groups read as a date: day, month, year (`29.11.2026`, `11/29/26`) or year, month,
    /// day (`2026-11-29`).
    private static func isDateShape(groups: Int, _ lengths: (Int, Int, Int)) -> Bool {
        guard groups == 3 else { return false }
        let (a, b, c) = lengths
        return (a <= 2 && b <= 2 && (c == 2 || c == 4)) || (a == 4 && b <= 2 && c <= 2)
    }

    /// The end of an extension after a complete phone number ending at `j`: `x792`, `ext. 12`, `ext12`,
    /// `#12`, optionally after one space, with 1–5 digits (`x` touching them). Nil when there is none
    /// or the text goes on with a word.
    func extensionEnd(at j: Int) -> Int? {
        var k = j
        if at(k) == ASCII.space { k += 1 }
        let marker = at(k) | 0x20
        if marker == 0x78 {  // x
            k += 1
        } else if marker == 0x65, at(k + 1) | 0x20 == 0x78, at(k + 2) | 0x20 == 0x74 {  // ext
            k += 3
            if at(k) == ASCII.dot { k += 1 }
            if at(k) == ASCII.space { k += 1 }
        } else if at(k) == 0x23 {  // #
            k += 1
            if at(k) == ASCII.space { k += 1 }
        } else {
            return nil
        }
        let digits = digitRun(k)
        guard (1...5).contains(digits), numberCanEnd(at: k + digits) else { return nil }
        return k + digits
    }
}
