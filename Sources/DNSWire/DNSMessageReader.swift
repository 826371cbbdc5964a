/// Reads fields of a DNS message front to back, every read bounds-checked, names decompressed
/// (RFC 1035 §4.1.4).
struct DNSMessageReader {
    /// Class IN, the only class the resolver asks for or accepts.
    static let classIN: UInt8 = 1
    /// The longest name on the wire, length bytes and the root included (RFC 1035 §2.3.4).
    static let maximumWireNameLength = 255
    /// More compression pointers than this in one name is refused, whatever their targets.
    static let maximumPointerJumps = 64

    let bytes: [UInt8]
    private(set) var index: Int

    init(_ bytes: [UInt8], at index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    /// The bytes left after the current position.
    var remaining: Int { bytes.count - index }

    mutating func u8() throws(DNSWireError) -> UInt8 {
        guard index < bytes.count else { throw .truncatedMessage(at: index) }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func u16() throws(DNSWireError) -> UInt16 {
        UInt16(try u8()) << 8 | UInt16(try u8())
    }

    mutating func u32() throws(DNSWireError) -> UInt32 {
        UInt32(try u16()) << 16 | UInt32(try u16())
    }

    /// The next `count` bytes.
    mutating func take(_ count: Int) throws(DNSWireError) -> [UInt8] {
        guard count >= 0, count <= remaining else { throw .truncatedMessage(at: bytes.count) }
        defer { index += count }
        return Array(bytes[index..<index + count])
    }

    /// Skips `count` bytes.
    mutating func skip(_ count: Int) throws(DNSWireError) {
        guard count >= 0, count <= remaining else { throw .truncatedMessage(at: bytes.count) }
        index += count
    }

    /// A name at the current position, following compression pointers.
    ///
    /// A pointer must point before the start of the labels it ends ("a prior occurrence of the
    /// same name", §4.1.4), so each jump goes strictly backwards and no input loops; jumps are
    /// also capped at `maximumPointerJumps`. The position moves past the name as it appears here.
    mutating func name() throws(DNSWireError) -> DNSName {
        var labels: [[UInt8]] = []
        var position = index
        var segmentStart = index
        var wireLength = 1
        var jumps = 0
        var end: Int?
        while true {
            guard position < bytes.count else { throw .truncatedMessage(at: position) }
            let length = Int(bytes[position])
            switch length & 0xC0 {
            case 0x00 where length == 0:
                index = end ?? position + 1
                return DNSName(wireLabels: labels)
            case 0x00:
                guard position + 1 + length <= bytes.count else { throw .truncatedMessage(at: bytes.count) }
                wireLength += length + 1
                guard wireLength <= Self.maximumWireNameLength else {
                    throw .badName("a name longer than \(Self.maximumWireNameLength) bytes at byte \(index)")
                }
                labels.append(Array(bytes[position + 1..<position + 1 + length]))
                position += 1 + length
            case 0xC0:
                guard position + 1 < bytes.count else { throw .truncatedMessage(at: position) }
                let target = (length & 0x3F) << 8 | Int(bytes[position + 1])
                guard target < segmentStart else {
                    throw .badPointer("a pointer at byte \(position) to byte \(target), not before \(segmentStart)")
                }
                jumps += 1
                guard jumps <= Self.maximumPointerJumps else {
                    throw .badPointer("more than \(Self.maximumPointerJumps) pointers in one name")
                }
                if end == nil { end = position + 2 }
                position = target
                segmentStart = target
            default:
                throw .badName("label type 0x\(String(length & 0xC0, radix: 16)) at byte \(position)")
            }
        }
    }
}
