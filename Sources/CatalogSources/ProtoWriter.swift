/// Writes the protobuf wire format for the few messages Outrigger exchanges (proto/product_catalog.proto).
struct ProtoWriter {
    private(set) var bytes: [UInt8] = []

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func tag(_ field: Int, wireType: UInt64) {
        varint(UInt64(field) << 3 | wireType)
    }

    /// An `int64`/`int32` field (negative values take ten bytes, as proto3 specifies); zero is omitted.
    mutating func int(_ field: Int, _ value: Int64) {
        guard value != 0 else { return }
        tag(field, wireType: 0)
        varint(UInt64(bitPattern: value))
    }

    /// A string field; empty strings are omitted.
    mutating func string(_ field: Int, _ value: String) {
        guard !value.isEmpty else { return }
        message(field, Array(value.utf8))
    }

    /// A length-delimited field.
    mutating func message(_ field: Int, _ value: [UInt8]) {
        tag(field, wireType: 2)
        varint(UInt64(value.count))
        bytes += value
    }
}
