/// Writes the protobuf wire format (<https://protobuf.dev/programming-guides/encoding/>).
///
/// Scalars with implicit presence (`int`, `sint`, `bool`, `string`) omit their zero value, as proto3
/// specifies; `float`, `double` and `bytes` always write, for `optional` fields and repeated elements.
package struct ProtoWriter: Sendable {
    /// The wire types this writer emits.
    package enum WireType: UInt64, Sendable {
        case varint = 0
        case fixed64 = 1
        case lengthDelimited = 2
        case fixed32 = 5
    }

    package private(set) var bytes: [UInt8] = []

    package init() {}

    /// A bare varint (no key).
    package mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A field key.
    package mutating func tag(_ field: Int, _ wireType: WireType) {
        varint(UInt64(field) << 3 | wireType.rawValue)
    }

    /// An `int64`, `int32` or enum field (negative values take ten bytes, as proto3 specifies); zero is omitted.
    package mutating func int(_ field: Int, _ value: Int64) {
        guard value != 0 else { return }
        tag(field, .varint)
        varint(UInt64(bitPattern: value))
    }

    /// A `sint64`/`sint32` field, ZigZag-encoded; zero is omitted.
    package mutating func sint(_ field: Int, _ value: Int64) {
        guard value != 0 else { return }
        tag(field, .varint)
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// A `bool` field; false is omitted.
    package mutating func bool(_ field: Int, _ value: Bool) {
        guard value else { return }
        tag(field, .varint)
        varint(1)
    }

    /// A `float` field, always written (4 bytes little-endian).
    package mutating func float(_ field: Int, _ value: Float) {
        tag(field, .fixed32)
        littleEndian(UInt64(value.bitPattern), count: 4)
    }

    /// A `double` field, always written (8 bytes little-endian).
    package mutating func double(_ field: Int, _ value: Double) {
        tag(field, .fixed64)
        littleEndian(value.bitPattern, count: 8)
    }

    /// A string field; empty strings are omitted.
    package mutating func string(_ field: Int, _ value: String) {
        guard !value.isEmpty else { return }
        message(field, Array(value.utf8))
    }

    /// A length-delimited field (bytes, an element of a repeated string, or an encoded message), always written.
    package mutating func message(_ field: Int, _ value: [UInt8]) {
        tag(field, .lengthDelimited)
        varint(UInt64(value.count))
        bytes += value
    }

    /// An embedded message built by `build`, always written (even when empty).
    package mutating func message(_ field: Int, _ build: (inout ProtoWriter) -> Void) {
        var inner = ProtoWriter()
        build(&inner)
        message(field, inner.bytes)
    }

    private mutating func littleEndian(_ value: UInt64, count: Int) {
        for offset in 0..<count {
            bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(offset))))
        }
    }
}
