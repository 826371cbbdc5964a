/// The 64-bit FNV-1a hash, fed incrementally.
///
/// Fast and non-cryptographic, and, unlike the standard library's seeded `Hasher`, the same in
/// every process, so fingerprints can be compared across restarts and in tests. Parameters from the
/// FNV specification (draft-eastlake-fnv §2.1 and §6): offset basis `0xcbf29ce484222325`, prime
/// `0x100000001b3`; each byte is XORed in, then the state is multiplied by the prime.
struct FNV1a: Sendable, Hashable {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of everything fed so far.
    private(set) var value: UInt64 = FNV1a.offsetBasis

    init() {}

    /// Feeds one byte.
    /// - Parameters:
    ///   - byte: The byte.
    mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* FNV1a.prime
    }

    /// Feeds bytes in order.
    /// - Parameters:
    ///   - bytes: The bytes.
    mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
        var state = value
        for byte in bytes { state = (state ^ UInt64(byte)) &* FNV1a.prime }
        value = state
    }

    /// Feeds a string's UTF-8 bytes.
    /// - Parameters:
    ///   - text: The string.
    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine($0) }
    }

    /// Feeds the eight bytes of a number, least significant first.
    /// - Parameters:
    ///   - number: The number.
    mutating func combine(word number: UInt64) {
        var rest = number
        for _ in 0..<8 {
            combine(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }
}
