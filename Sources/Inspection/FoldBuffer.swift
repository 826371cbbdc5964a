/// A fixed-capacity buffer of folded bytes and their origin ranges, written through raw pointers so
/// that the normalizer's per-byte appends skip the uniqueness and growth checks of `Array.append`.
///
/// Owned by one `normalize` call: allocated at the start, copied into `NormalizedText`, deallocated.
struct FoldBuffer {
    let bytes: UnsafeMutablePointer<UInt8>
    let starts: UnsafeMutablePointer<Int32>
    let ends: UnsafeMutablePointer<Int32>
    let capacity: Int
    var count = 0
    var invisibleCount = 0
    var tagCount = 0
    var mixedScriptWords = 0
    /// Set by the scalar pass: whether the text may hold an encoded run (a base64-alphabet run of 16 or
    /// more, eight two-digit hex words in a row, or `\x`/`0x` escapes), so the payload scan can be skipped.
    var mayHoldPayload = false
    /// Set by the word pass: lower-case letters, vowels among them, and suffix punctuation standing
    /// alone between blanks (`InjectionNormalizer.isSuffixPunctuation`).
    var letters = 0
    var vowels = 0
    var lonePunctuation = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        bytes = .allocate(capacity: self.capacity)
        starts = .allocate(capacity: self.capacity)
        ends = .allocate(capacity: self.capacity)
    }

    func deallocate() {
        bytes.deallocate()
        starts.deallocate()
        ends.deallocate()
    }

    /// Appends one byte from `start..<end` of the original; bytes past the capacity are dropped (the
    /// normalizer sizes buffers so that this never happens).
    @inline(__always) mutating func append(_ byte: UInt8, _ start: Int32, _ end: Int32) {
        guard count < capacity else { return }
        bytes[count] = byte
        starts[count] = start
        ends[count] = end
        count += 1
    }
}
