/// IPv4 and IPv6 addresses.
extension PIIScanner {
    /// Matches a dotted-quad IPv4 address at `i`: four decimal octets 0–255 without leading zeros
    /// (RFC 6943 §3.1.1's strict form), not part of a longer dotted number such as `1.2.3.4.5`.
    func matchIPv4(at i: Int) -> Int? {
        guard let end = dottedQuad(at: i), numberCanEnd(at: end) else { return nil }
        return end
    }

    /// Matches an IPv6 address (RFC 4291 §2.2) at `i`, which is a hex digit or the first `:` of `::`:
    /// eight groups of 1–4 hex digits, or fewer around a single `::`, optionally ending in a dotted
    /// quad. To keep times (`12:00:00`), MAC addresses and `a::b` identifiers out, a compressed form
    /// needs at least two groups and every form needs a decimal digit.
    func matchIPv6(at i: Int) -> Int? {
        let previous = at(i - 1)
        guard !ASCII.isWord(previous), previous != ASCII.colon, previous != ASCII.dot else { return nil }
        if at(i) != ASCII.colon {
            // Cheap rejection: a group of 1–4 hex digits must be followed by `:`.
            var h = 0
            while ASCII.isHex(at(i + h)), h < 5 { h += 1 }
            guard h <= 4, at(i + h) == ASCII.colon else { return nil }
        }
        var j = i
        var groups = 0
        var compressed = false
        var sawDigit = false
        var end = i
        if at(j) == ASCII.colon {
            compressed = true
            j += 2
            end = j
        }
        while true {
            let groupStart = j
            var allDigits = true
            while ASCII.isHex(at(j)), j - groupStart < 5 {
                if ASCII.isDigit(at(j)) { sawDigit = true } else { allDigits = false }
                j += 1
            }
            let length = j - groupStart
            if length == 0 { break }
            guard length <= 4 else { return nil }
            if at(j) == ASCII.dot, allDigits, let quadEnd = dottedQuad(at: groupStart) {
                // An embedded IPv4 address takes the place of the last two groups.
                groups += 2
                end = quadEnd
                break
            }
            groups += 1
            end = j
            guard at(j) == ASCII.colon else { break }
            if at(j + 1) == ASCII.colon {
                guard !compressed else { return nil }
                compressed = true
                j += 2
                end = j
            } else if ASCII.isHex(at(j + 1)) {
                j += 1
            } else {
                break
            }
        }
        guard sawDigit, compressed ? (2...7).contains(groups) : groups == 8 else { return nil }
        let next = at(end)
        guard !ASCII.isWord(next), next != ASCII.colon, next != ASCII.at,
            !(next == ASCII.dot && ASCII.isDigit(at(end + 1)))
        else { return nil }
        return end
    }

    /// The end of four dot-separated octets at `i`, before any boundary check.
    private func dottedQuad(at i: Int) -> Int? {
        var j = i
        for octet in 0..<4 {
            if octet > 0 {
                guard at(j) == ASCII.dot else { return nil }
                j += 1
            }
            let length = digitRun(j)
            guard (1...3).contains(length), length == 1 || at(j) != 0x30 else { return nil }
            var value = 0
            for k in j..<(j + length) { value = value * 10 + Int(bytes[k] &- 0x30) }
            guard value <= 255 else { return nil }
            j += length
        }
        return j
    }
}
