/// Reads the protobuf wire format: the fields of one message in wire order, each with its raw value.
///
/// Follows <https://protobuf.dev/programming-guides/encoding/>: a field is a varint key
/// `(field_number << 3) | wire_type`, then a varint (0), 8 little-endian bytes (1), a varint length and
/// that many bytes (2), or 4 little-endian bytes (5). Groups (3, 4) are deprecated and refused.
/// Nothing is copied: a length-delimited value is a reader over the same array.
///
/// Over `[UInt8]` rather than an `UnsafeRawBufferPointer`: a reader is a plain `Sendable` value that can
/// be kept and passed on, with no `withUnsafeBytes` scope to outlive. Measured on a 655-byte Vertex
/// response walked to its leaves, the pointer version was about 2× faster (the array is retained per
/// nested reader), and both were 5–10× faster than parsing the equivalent JSON.
package struct ProtoReader: Sendable {
    private let bytes: [UInt8]
    private var index: Int
    private let end: Int

    /// A reader over a whole message.
    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        index = 0
        end = bytes.count
    }

    private init(_ bytes: [UInt8], from start: Int, to end: Int) {
        self.bytes = bytes
        index = start
        self.end = end
    }

    /// One field's value, as its wire type carries it.
    package enum Value: Sendable {
        case varint(UInt64)
        case fixed64(UInt64)
        /// A string, bytes, an embedded message or a packed run, as a reader over its bytes.
        case bytes(ProtoReader)
        case fixed32(UInt32)
    }

    /// The largest field number protobuf allows (2²⁹ − 1).
    package static let maxFieldNumber = (1 << 29) - 1

    /// The next field number and its value, or nil at the end of the message.
    package mutating func next() throws(ProtoError) -> (field: Int, value: Value)? {
        guard index < end else { return nil }
        let key = try varint(field: nil)
        let number = key >> 3
        guard number >= 1, number <= UInt64(Self.maxFieldNumber) else { throw .invalidFieldNumber(number) }
        let field = Int(number)
        switch key & 7 {
        case 0:
            return (field, .varint(try varint(field: field)))
        case 1:
            return (field, .fixed64(try littleEndian(8, field: field)))
        case 2:
            let length = try varint(field: field)
            guard length <= UInt64(end - index) else {
                throw .lengthPastEnd(field: field, length: length, remaining: end - index)
            }
            let inner = ProtoReader(bytes, from: index, to: index + Int(length))
            index += Int(length)
            return (field, .bytes(inner))
        case 5:
            return (field, .fixed32(UInt32(truncatingIfNeeded: try littleEndian(4, field: field))))
        default:
            throw .unsupportedWireType(key & 7, field: field)
        }
    }

    /// The next field, as ``next()`` reads it, with the bytes it took on the wire (key included),
    /// so a rewriter can copy the fields it leaves alone unchanged.
    package mutating func nextWithRawBytes() throws(ProtoError) -> (field: Int, value: Value, raw: ArraySlice<UInt8>)? {
        let start = index
        guard let (field, value) = try next() else { return nil }
        return (field, value, bytes[start..<index])
    }

    /// Whether any bytes remain.
    package var hasBytes: Bool { index < end }

    /// How many bytes remain.
    package var remainingCount: Int { end - index }

    /// The remaining bytes as UTF-8 text; invalid UTF-8 is repaired with U+FFFD rather than refused.
    package var string: String { String(decoding: bytes[index..<end], as: UTF8.self) }

    /// The remaining bytes, copied.
    package var remainingBytes: [UInt8] { Array(bytes[index..<end]) }

    private mutating func varint(field: Int?) throws(ProtoError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while index < end {
            let byte = bytes[index]
            index += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            guard shift < 64 else { throw .varintTooLong(field: field) }
        }
        throw .truncated(field: field, what: "a varint")
    }

    private mutating func littleEndian(_ count: Int, field: Int) throws(ProtoError) -> UInt64 {
        guard count <= end - index else { throw .truncated(field: field, what: "a \(count * 8)-bit fixed value") }
        var value: UInt64 = 0
        for offset in 0..<count {
            value |= UInt64(bytes[index + offset]) << (8 * UInt64(offset))
        }
        index += count
        return value
    }
}
