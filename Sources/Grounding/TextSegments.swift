/// The sentences and lines of a text, as byte offsets, so that checks stay within one of them.
///
/// A segment ends after a line break, after `.`, `!` or `?` followed by a blank or the end of text
/// (so `18.99` does not end one), after `。`, `！` or `？`, and before a `•` bullet.
struct TextSegments {
    /// Start offsets of the segments, ascending; the first is 0.
    private let starts: [Int]

    init(_ bytes: [UInt8]) {
        var starts = [0]
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x0A, 0x0D:
                starts.append(i + 1)
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                let next = i + 1
                if next >= n || UTF8Bytes.blankLength(bytes, at: next) > 0 || bytes[next] == 0x0A || bytes[next] == 0x0D {
                    starts.append(next)
                }
            case 0xE3 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x82:  // 。
                starts.append(i + 3)
            case 0xEF where i + 2 < n && bytes[i + 1] == 0xBC && (bytes[i + 2] == 0x81 || bytes[i + 2] == 0x9F):  // ！ ？
                starts.append(i + 3)
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA2:  // •
                starts.append(i)
            default:
                break
            }
            i += 1
        }
        self.starts = starts
    }

    /// The index of the segment holding `offset`.
    func segment(of offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid } else { high = mid }
        }
        return low
    }
}
