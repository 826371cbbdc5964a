/// Typed views of a raw field value, following the scalar table of
/// <https://protobuf.dev/programming-guides/encoding/#structure>. Each is nil when the wire type does not
/// carry that scalar, so a field sent with an unexpected wire type is skipped like an unknown one.
extension ProtoReader.Value {
    /// `uint64`, `uint32` (also enum values and `int64` bit patterns).
    package var uint64: UInt64? {
        if case .varint(let raw) = self { return raw }
        return nil
    }

    /// `int64`: the varint's two's-complement bit pattern.
    package var int64: Int64? { uint64.map { Int64(bitPattern: $0) } }

    /// `int32` and enums: a negative value is sent as ten bytes and truncated back to 32 bits.
    package var int32: Int32? { uint64.map { Int32(truncatingIfNeeded: $0) } }

    /// `bool`: any non-zero varint is true.
    package var bool: Bool? { uint64.map { $0 != 0 } }

    /// `sint64`: ZigZag-decoded.
    package var sint64: Int64? {
        uint64.map { Int64(bitPattern: ($0 >> 1) ^ (0 &- ($0 & 1))) }
    }

    /// `sint32`: ZigZag-decoded and truncated to 32 bits.
    package var sint32: Int32? { sint64.map { Int32(truncatingIfNeeded: $0) } }

    /// `float`: 4 bytes, IEEE 754 single precision.
    package var float: Float? {
        if case .fixed32(let bits) = self { return Float(bitPattern: bits) }
        return nil
    }

    /// `double`: 8 bytes, IEEE 754 double precision.
    package var double: Double? {
        if case .fixed64(let bits) = self { return Double(bitPattern: bits) }
        return nil
    }

    /// `fixed32` / `sfixed32` bits.
    package var fixed32: UInt32? {
        if case .fixed32(let bits) = self { return bits }
        return nil
    }

    /// `fixed64` / `sfixed64` bits.
    package var fixed64: UInt64? {
        if case .fixed64(let bits) = self { return bits }
        return nil
    }

    /// An embedded message, `bytes` or a packed run, as a reader over its bytes.
    package var message: ProtoReader? {
        if case .bytes(let reader) = self { return reader }
        return nil
    }

    /// `string`: the bytes as UTF-8 text.
    package var string: String? { message?.string }
}
