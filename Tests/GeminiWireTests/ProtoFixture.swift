import ProtoWire

/// A protobuf message written as a literal tree, so each test spells its field numbers out (gemini.md §6)
/// instead of borrowing them from the code under test.
indirect enum PB: Sendable {
    /// A string or bytes field (always written, even empty).
    case s(Int, String)
    case bytes(Int, [UInt8])
    /// A varint field (int32, int64, enum, bool).
    case v(Int, Int64)
    case f(Int, Float)
    case d(Int, Double)
    /// An embedded message.
    case m(Int, [PB])

    static func encode(_ fields: [PB]) -> [UInt8] {
        var writer = ProtoWriter()
        for field in fields {
            switch field {
            case .s(let number, let text): writer.message(number, Array(text.utf8))
            case .bytes(let number, let bytes): writer.message(number, bytes)
            case .v(let number, let value):
                writer.tag(number, .varint)
                writer.varint(UInt64(bitPattern: value))
            case .f(let number, let value): writer.float(number, value)
            case .d(let number, let value): writer.double(number, value)
            case .m(let number, let inner): writer.message(number, encode(inner))
            }
        }
        return writer.bytes
    }

    /// A `google.protobuf.Struct` map entry (key=1, value=2).
    static func entry(_ key: String, _ value: PB) -> PB { .m(1, [.s(1, key), .m(2, [value])]) }
}
