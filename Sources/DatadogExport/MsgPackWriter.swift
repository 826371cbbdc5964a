/// The few MessagePack encodings the v0.4 trace intake needs (msgpack spec: str, uint, int,
/// float 64, map and array families). Appends to a byte array.
struct MsgPackWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func arrayHeader(_ count: Int) {
        if count < 16 { bytes.append(0x90 | UInt8(count)) }
        else if count <= 0xFFFF { bytes.append(0xDC); appendBE(UInt16(count)) }
        else { bytes.append(0xDD); appendBE(UInt32(count)) }
    }

    mutating func mapHeader(_ count: Int) {
        if count < 16 { bytes.append(0x80 | UInt8(count)) }
        else if count <= 0xFFFF { bytes.append(0xDE); appendBE(UInt16(count)) }
        else { bytes.append(0xDF); appendBE(UInt32(count)) }
    }

    mutating func string(_ s: String) {
        let utf8 = s.utf8
        let n = utf8.count
        if n < 32 { bytes.append(0xA0 | UInt8(n)) }
        else if n <= 0xFF { bytes.append(0xD9); bytes.append(UInt8(n)) }
        else if n <= 0xFFFF { bytes.append(0xDA); appendBE(UInt16(n)) }
        else { bytes.append(0xDB); appendBE(UInt32(n)) }
        bytes.append(contentsOf: utf8)
    }

    mutating func uint(_ v: UInt64) {
        if v < 128 { bytes.append(UInt8(v)) }
        else { bytes.append(0xCF); appendBE(v) }
    }

    mutating func int(_ v: Int64) {
        if v >= 0 { uint(UInt64(v)) }
        else if v >= -32 { bytes.append(UInt8(bitPattern: Int8(v))) }
        else { bytes.append(0xD3); appendBE(UInt64(bitPattern: v)) }
    }

    mutating func double(_ v: Double) {
        bytes.append(0xCB)
        appendBE(v.bitPattern)
    }

    private mutating func appendBE<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v.bigEndian) { bytes.append(contentsOf: $0) }
    }
}
