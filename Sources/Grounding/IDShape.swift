/// What a product ID looks like: a length range and the ASCII character classes it may use.
///
/// The default, 10 characters of `A-Z0-9`, is the Online Boutique catalog's shape.
package struct IDShape: Sendable, Hashable {
    /// ASCII character classes an ID may be made of.
    package struct Characters: OptionSet, Sendable, Hashable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }

        /// `A-Z`.
        package static let uppercase = Characters(rawValue: 1)
        /// `a-z`.
        package static let lowercase = Characters(rawValue: 2)
        /// `0-9`.
        package static let digits = Characters(rawValue: 4)
    }

    /// Allowed lengths. Default: `10...10`.
    package var lengths: ClosedRange<Int>
    /// Allowed characters. Default: upper case and digits.
    package var characters: Characters

    /// A shape.
    /// - Parameters:
    ///   - lengths: Allowed lengths.
    ///   - characters: Allowed ASCII classes.
    package init(lengths: ClosedRange<Int> = 10...10, characters: Characters = [.uppercase, .digits]) {
        self.lengths = lengths
        self.characters = characters
    }

    /// `[A-Z0-9]{10}`.
    package static let `default` = IDShape()

    /// Whether `bytes[range]` (a run of ASCII letters and digits) fits the shape, and, when
    /// `needsDigitAndLetter`, holds at least one digit and one letter.
    func matches(_ bytes: [UInt8], _ range: Range<Int>, needsDigitAndLetter: Bool) -> Bool {
        guard lengths.contains(range.count) else { return false }
        var sawDigit = false
        var sawLetter = false
        for i in range {
            let b = bytes[i]
            if UTF8Bytes.isDigit(b) {
                guard characters.contains(.digits) else { return false }
                sawDigit = true
            } else if UTF8Bytes.isUpper(b) {
                guard characters.contains(.uppercase) else { return false }
                sawLetter = true
            } else if UTF8Bytes.isLower(b) {
                guard characters.contains(.lowercase) else { return false }
                sawLetter = true
            } else {
                return false
            }
        }
        return !needsDigitAndLetter || (sawDigit && sawLetter)
    }
}
