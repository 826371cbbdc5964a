/// Per-scalar folding: a hand-written subset of NFKC plus case, accent and look-alike folding.
extension InjectionNormalizer {
    /// What one scalar becomes: nothing, up to three ASCII bytes (packed low byte first), or itself.
    enum Folded {
        case drop
        case ascii(UInt32)
        case keep
    }

    /// Appends the folded form of every scalar of `text`. Origins are each scalar's own UTF-8 range, or
    /// `pinnedTo` for every byte when given (decoded payloads).
    static func foldScalars(of text: String, pinnedTo pinned: Range<Int>?, into out: inout FoldBuffer) {
        var copy = text
        copy.withUTF8 { utf8 in
            asciiInfo.withUnsafeBufferPointer { table in
                // Two copies of the scan, so that the text's own pass carries no pinning test per byte.
                if let pinned {
                    foldUTF8(utf8, table: table, isPinned: true, pinnedTo: pinned, into: &out)
                } else {
                    foldUTF8(utf8, table: table, isPinned: false, pinnedTo: 0..<0, into: &out)
                }
            }
        }
    }

    /// The scan behind `foldScalars`: ASCII through one table load (`asciiInfo`), other scalars decoded
    /// by hand (the bytes are valid UTF-8, as every `String` is).
    @inline(__always) private static func foldUTF8(
        _ s: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt16>, isPinned: Bool, pinnedTo pinned: Range<Int>,
        into buffer: inout FoldBuffer
    ) {
        // A local copy keeps the count in a register: stores through the buffer's pointers could
        // otherwise alias the caller's struct and force a reload after every byte.
        var out = buffer
        defer { buffer = out }
        let n = s.count
        let pinStart = Int32(pinned.lowerBound)
        let pinEnd = Int32(pinned.upperBound)
        var wordHasASCII = false
        var wordHasLookalike = false
        var run = 0
        var longestRun = 0
        // Two-digit hex words in a row (`49 67 6e …`); prices and times (`$67.99`, `10:30`) make short
        // streaks, spaced hex payloads long ones.
        var hexStreak = 0
        var longestHexStreak = 0
        var escapes = 0
        var i = 0
        while i < n {
            let b0 = s[i]
            if b0 < 0x80 {
                let info = table[Int(b0)]
                if info & AsciiInfo.base64 != 0 {
                    run += 1
                    if b0 == 0x78, i > 0, s[i - 1] == 0x5C || s[i - 1] == 0x30 { escapes += 1 }
                } else if run > 0 {
                    if run == 2, hexValue(s[i - 1]) != nil, hexValue(s[i - 2]) != nil {
                        hexStreak += 1
                        longestHexStreak = max(longestHexStreak, hexStreak)
                    } else {
                        hexStreak = 0
                    }
                    longestRun = max(longestRun, run)
                    run = 0
                }
                let folded = UInt8(truncatingIfNeeded: info)
                if folded != 0 {
                    out.append(folded, isPinned ? pinStart : Int32(i), isPinned ? pinEnd : Int32(i + 1))
                }
                if info & AsciiInfo.lower != 0 {
                    wordHasASCII = true
                } else {
                    if wordHasASCII && wordHasLookalike { out.mixedScriptWords += 1 }
                    wordHasASCII = false
                    wordHasLookalike = false
                }
                i += 1
                continue
            }
            if run > 0 { hexStreak = 0 }
            longestRun = max(longestRun, run)
            run = 0
            let width = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
            guard i + width <= n else { break }
            var v = UInt32(b0) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
            for k in 1..<width { v = v << 6 | UInt32(s[i + k] & 0x3F) }
            let start = isPinned ? pinStart : Int32(i)
            let end = isPinned ? pinEnd : Int32(i + width)
            if v >= 0x370 && v <= 0x52F {
                if case .ascii = fold(v) { wordHasLookalike = true }
            } else if isInvisible(v), v != 0x200D, v != 0xFE0F {
                out.invisibleCount += 1
                if v >= 0xE0020 && v <= 0xE007E { out.tagCount += 1 }
            }
            switch fold(v) {
            case .drop:
                break
            case .ascii(var packed):
                while packed != 0 {
                    out.append(UInt8(packed & 0xFF), start, end)
                    packed >>= 8
                }
            case .keep:
                for k in 0..<width { out.append(s[i + k], start, end) }
            }
            i += width
        }
        if wordHasASCII && wordHasLookalike { out.mixedScriptWords += 1 }
        if run == 2, n >= 2, hexValue(s[n - 1]) != nil, hexValue(s[n - 2]) != nil {
            longestHexStreak = max(longestHexStreak, hexStreak + 1)
        }
        longestRun = max(longestRun, run)
        out.mayHoldPayload = out.mayHoldPayload || longestRun >= 16 || longestHexStreak >= 8 || escapes >= 8
    }

    /// Bits of `asciiInfo` above the folded byte.
    enum AsciiInfo {
        /// A byte of the base64 alphabet (`isBase64Byte`).
        static let base64: UInt16 = 0x100
        /// The folded byte is a lower-case letter.
        static let lower: UInt16 = 0x200
    }

    /// Per ASCII byte: its folded form (`asciiFold`) in the low byte, and `AsciiInfo` bits.
    static let asciiInfo: [UInt16] = (0..<128).map { value in
        let folded = asciiFold[value]
        return UInt16(folded) | (isBase64Byte(UInt8(value)) ? AsciiInfo.base64 : 0)
            | (ASCII.isLower(folded) ? AsciiInfo.lower : 0)
    }

    /// ASCII folding: upper case to lower, line breaks to `\n`, tab to a blank, other controls to 0
    /// (dropped).
    static let asciiFold: [UInt8] = (0..<128).map { value in
        switch fold(UInt32(value)) {
        case .ascii(let packed): UInt8(packed & 0xFF)
        default: 0
        }
    }

    /// Folds one scalar.
    static func fold(_ v: UInt32) -> Folded {
        if v < 0x80 {
            switch v {
            case 0x41...0x5A: return .ascii(v | 0x20)
            case 0x0A, 0x0D, 0x0B, 0x0C: return .ascii(0x0A)
            case 0x09: return .ascii(0x20)
            case 0x00..<0x20, 0x7F: return .drop
            default: return .ascii(v)
            }
        }
        switch v {
        case 0xC0...0xFF: return foldLatin1(v)
        case 0x100...0x17F: return foldLatinExtendedA(v)
        case 0x218, 0x219: return .ascii(0x73)  // ș
        case 0x21A, 0x21B: return .ascii(0x74)  // ț
        case 0x192: return .ascii(0x66)  // ƒ
        case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return .drop
        case 0x370...0x3FF: return foldGreek(v)
        case 0x400...0x52F: return foldCyrillic(v)
        default: break
        }
        if v >= 0xE0020 && v <= 0xE007E { return fold(v - 0xE0000) }  // tag characters hide ASCII
        if isInvisible(v) { return .drop }
        switch v {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .ascii(0x20)
        case 0x85, 0x2028, 0x2029: return .ascii(0x0A)
        case 0x2018...0x201B, 0x2032, 0xB4, 0x60: return .ascii(0x27)
        case 0x201C...0x201F, 0x2033, 0xAB, 0xBB: return .ascii(0x22)
        case 0x2010...0x2015, 0x2212: return .ascii(0x2D)
        case 0x2024: return .ascii(0x2E)
        case 0x2026: return .ascii(0x2E2E2E)
        case 0xFF01...0xFF5E: return fold(v - 0xFEE0)  // fullwidth ASCII
        case 0xFB00: return .ascii(0x6666)  // ff
        case 0xFB01: return .ascii(0x6966)  // fi
        case 0xFB02: return .ascii(0x6C66)  // fl
        case 0xFB03: return .ascii(0x696666)  // ffi
        case 0xFB04: return .ascii(0x6C6666)  // ffl
        case 0xFB05, 0xFB06: return .ascii(0x7473)  // st
        case 0x2460...0x2468: return .ascii(0x31 + v - 0x2460)  // circled 1-9
        case 0x249C...0x24B5: return .ascii(0x61 + v - 0x249C)  // parenthesized a-z
        case 0x24B6...0x24CF: return .ascii(0x61 + v - 0x24B6)  // circled A-Z
        case 0x24D0...0x24E9: return .ascii(0x61 + v - 0x24D0)  // circled a-z
        case 0x1D400...0x1D6A3: return .ascii(0x61 + (v - 0x1D400) % 52 % 26)  // mathematical letters
        case 0x1D7CE...0x1D7FF: return .ascii(0x30 + (v - 0x1D7CE) % 10)  // mathematical digits
        case 0x1F130...0x1F149: return .ascii(0x61 + v - 0x1F130)  // squared
        case 0x1F150...0x1F169: return .ascii(0x61 + v - 0x1F150)  // negative circled
        case 0x1F170...0x1F189: return .ascii(0x61 + v - 0x1F170)  // negative squared
        case 0x1F1E6...0x1F1FF: return .ascii(0x61 + v - 0x1F1E6)  // regional indicators
        default: return .keep
        }
    }

    /// Zero-width characters, bidi controls, variation selectors and other invisible format characters.
    static func isInvisible(_ v: UInt32) -> Bool {
        switch v {
        case 0xAD, 0x34F, 0x61C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x200B...0x200F,
            0x202A...0x202E, 0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0xE0000...0xE007F,
            0xE0100...0xE01EF:
            true
        default: false
        }
    }

    /// U+00C0…U+00FF: letters to their base letter; `×` and `÷` are punctuation.
    static func foldLatin1(_ v: UInt32) -> Folded {
        switch v {
        case 0xC6, 0xE6: return .ascii(0x6561)  // ae
        case 0xDE, 0xFE: return .ascii(0x6874)  // th
        case 0xDF: return .ascii(0x7373)  // ss
        case 0xD7: return .ascii(0x78)
        case 0xF7: return .ascii(0x2F)
        default: return .ascii(UInt32(latin1Base[Int(v - 0xC0)]))
        }
    }

    /// U+0100…U+017F to base letters; the ligatures `ĳ` and `œ` become two letters.
    static func foldLatinExtendedA(_ v: UInt32) -> Folded {
        switch v {
        case 0x132, 0x133: return .ascii(0x6A69)  // ij
        case 0x152, 0x153: return .ascii(0x656F)  // oe
        default: return .ascii(UInt32(latinExtendedABase[Int(v - 0x100)]))
        }
    }

    /// Greek letters that look like Latin ones; other Greek is kept.
    static func foldGreek(_ v: UInt32) -> Folded {
        let latin: UInt8 =
            switch v {
            case 0x391, 0x3B1, 0x386, 0x3AC: 0x61  // a
            case 0x392, 0x3B2: 0x62  // b
            case 0x395, 0x3B5, 0x388, 0x3AD: 0x65  // e
            case 0x396: 0x7A  // z
            case 0x397: 0x68  // h
            case 0x399, 0x3B9, 0x38A, 0x3AF: 0x69  // i
            case 0x39A, 0x3BA: 0x6B  // k
            case 0x39C: 0x6D  // m
            case 0x39D: 0x6E  // n
            case 0x3BD: 0x76  // v
            case 0x39F, 0x3BF, 0x38C, 0x3CC: 0x6F  // o
            case 0x3A1, 0x3C1: 0x70  // p
            case 0x3A4, 0x3C4: 0x74  // t
            case 0x3A5, 0x3B3: 0x79  // y
            case 0x3C5, 0x3CD: 0x75  // u
            case 0x3A7, 0x3C7: 0x78  // x
            case 0x3C9: 0x77  // w
            default: 0
            }
        return latin == 0 ? .keep : .ascii(UInt32(latin))
    }

    /// Cyrillic letters that look like Latin ones; other Cyrillic is kept.
    static func foldCyrillic(_ v: UInt32) -> Folded {
        let latin: UInt8 =
            switch v {
            case 0x410, 0x430: 0x61  // а
            case 0x412, 0x432: 0x62  // в
            case 0x415, 0x435, 0x400, 0x450, 0x401, 0x451: 0x65  // е ё
            case 0x41A, 0x43A: 0x6B  // к
            case 0x41C, 0x43C: 0x6D  // м
            case 0x41D, 0x43D, 0x4BA, 0x4BB: 0x68  // н һ
            case 0x41E, 0x43E: 0x6F  // о
            case 0x420, 0x440: 0x70  // р
            case 0x421, 0x441: 0x63  // с
            case 0x422, 0x442: 0x74  // т
            case 0x423, 0x443, 0x4AE, 0x4AF: 0x79  // у ү
            case 0x425, 0x445: 0x78  // х
            case 0x405, 0x455: 0x73  // ѕ
            case 0x406, 0x456, 0x407, 0x457: 0x69  // і ї
            case 0x408, 0x458: 0x6A  // ј
            case 0x500, 0x501: 0x64  // ԁ
            case 0x4C0, 0x4CF: 0x6C  // ӏ
            case 0x51A, 0x51B: 0x71  // ԛ
            case 0x51C, 0x51D: 0x77  // ԝ
            default: 0
            }
        return latin == 0 ? .keep : .ascii(UInt32(latin))
    }

    /// Base letters of U+00C0…U+00FF (entries for the special cases above are unused).
    static let latin1Base: [UInt8] = Array(("aaaaaaaceeeeiiiidnoooooxouuuuyts" + "aaaaaaaceeeeiiiidnooooo/ouuuuyty").utf8)

    /// Base letters of U+0100…U+017F, two per upper/lower pair.
    static let latinExtendedABase: [UInt8] = Array(
        ("aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "ii" + "jj" + "kkk"
            + "llllllllll" + "nnnnnnnnn" + "oooooo" + "oo" + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu"
            + "ww" + "yyy" + "zzzzzz" + "s").utf8)
}
