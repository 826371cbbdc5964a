/// Reads the protobuf wire format: fields in order, unknown ones skipped.
struct ProtoReader {
    private let bytes: [UInt8]
    private var index: Int
    private let end: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        index = 0
        end = bytes.count
    }

    private init(_ bytes: [UInt8], from start: Int, to end: Int) {
        self.bytes = bytes
        index = start
        self.end = end
    }

    enum Value {
        case varint(UInt64)
        case bytes(ProtoReader)
        case skipped
    }

    /// The next field number and its value, or nil at the end.
    mutating func next() throws(ProtoError) -> (field: Int, value: Value)? {
        guard index < end else { return nil }
        let key = try varint()
        let field = Int(key >> 3)
        switch key & 7 {
        case 0: return (field, .varint(try varint()))
        case 1: try skip(8); return (field, .skipped)
        case 2:
            let length = try varint()
            guard length <= UInt64(end - index) else { throw ProtoError("a length runs past the end of the message") }
            let inner = ProtoReader(bytes, from: index, to: index + Int(length))
            index += Int(length)
            return (field, .bytes(inner))
        case 5: try skip(4); return (field, .skipped)
        default: throw ProtoError("unsupported wire type \(key & 7) for field \(field)")
        }
    }

    /// Whether any bytes remain.
    var hasBytes: Bool { index < end }

    /// The remaining bytes as UTF-8 text (invalid sequences repaired).
    var string: String { String(decoding: bytes[index..<end], as: UTF8.self) }

    private mutating func varint() throws(ProtoError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while index < end {
            let byte = bytes[index]
            index += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            guard shift < 64 else { throw ProtoError("a varint is longer than 10 bytes") }
        }
        throw ProtoError("the message ends inside a varint")
    }

    private mutating func skip(_ count: Int) throws(ProtoError) {
        guard count <= end - index else { throw ProtoError("a fixed-size field runs past the end of the message") }
        index += count
    }
}

/// A ListProducts answer that is not valid protobuf.
struct ProtoError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = "malformed ListProductsResponse: " + description }
}
