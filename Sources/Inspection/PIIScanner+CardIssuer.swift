/// Issuer identification: a Luhn-valid number is only a card number when its leading digits and its
/// length belong to a card network. Order and tracking numbers pass Luhn one time in ten, but rarely
/// start with an issued prefix at a length that network uses.
///
/// Ranges and lengths follow the networks' published IIN tables (ISO/IEC 7812-1 §4; Visa, Mastercard
/// including its 2-series, "2221–2720", American Express, Discover Global Network with Diners Club,
/// JCB, UnionPay, Maestro):
///
/// | network | prefixes | lengths |
/// |---|---|---|
/// | Visa | 4 | 13, 16, 19 |
/// | Mastercard | 51–55, 2221–2720 | 16 |
/// | American Express | 34, 37 | 15 |
/// | Discover | 6011, 644–649, 65 (and 622126–622925) | 16–19 |
/// | JCB | 3528–3589 (all of 35 is accepted, as card generators use it); 1800, 2131 (legacy) | 16–19; 15 |
/// | Diners Club | 300–305, 3095, 36, 38, 39 | 14–19 |
/// | UnionPay | 62, 8100–8171 | 16–19 |
/// | Maestro | 50, 56–58, 6 (5018, 5020, 5038, 5893, 6304, 6759, 6761–6763 …) | 13–19 |
///
/// Maestro's 12-digit numbers are below the scanner's 13-digit minimum.
extension PIIScanner {
    /// Whether the digits in `range` (group separators skipped) start with an issued prefix and have a
    /// length that network issues.
    func isIssuedCardNumber(_ range: Range<Int>) -> Bool {
        var prefix = 0
        var length = 0
        for k in range where ASCII.isDigit(bytes[k]) {
            if length < 4 { prefix = prefix * 10 + Int(bytes[k] &- 0x30) }
            length += 1
        }
        guard length >= 4 else { return false }
        return Self.isIssued(prefix: prefix, length: length)
    }

    /// Whether a number of `length` digits whose first four are `p4` is in a network's published range.
    static func isIssued(prefix p4: Int, length: Int) -> Bool {
        let p2 = p4 / 100, p3 = p4 / 10
        switch p4 / 1000 {
        case 1:
            return p4 == 1800 && length == 15  // JCB, legacy
        case 2:
            if (2221...2720).contains(p4) { return length == 16 }  // Mastercard 2-series
            return p4 == 2131 && length == 15  // JCB, legacy
        case 3:
            if p2 == 34 || p2 == 37 { return length == 15 }  // American Express
            if p2 == 35 { return (16...19).contains(length) }  // JCB: 3528–3589, and the rest of 35 unassigned
            let diners = (300...305).contains(p3) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39
            return diners && (14...19).contains(length)
        case 4:
            return length == 13 || length == 16 || length == 19  // Visa
        case 5:
            if (51...55).contains(p2) { return length == 16 }  // Mastercard
            return (p2 == 50 || (56...58).contains(p2)) && (13...19).contains(length)  // Maestro
        case 6:
            // Discover and UnionPay issue 16–19 digits, Maestro (which covers all of 6) 13–19.
            return (13...19).contains(length)
        case 8:
            return (8100...8171).contains(p4) && (16...19).contains(length)  // UnionPay
        default:
            return false
        }
    }
}
