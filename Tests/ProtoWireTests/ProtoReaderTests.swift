import ProtoWire
import Testing

@Suite("Protobuf wire format")
struct ProtoReaderTests {
    /// Every field of `bytes` as (number, value).
    static func fields(_ bytes: [UInt8]) throws(ProtoError) -> [(Int, ProtoReader.Value)] {
        var reader = ProtoReader(bytes)
        var fields: [(Int, ProtoReader.Value)] = []
        while let field = try reader.next() { fields.append(field) }
        return fields
    }

    @Test("scalars of every wire type survive a round trip")
    func scalarRoundTrip() throws {
        var writer = ProtoWriter()
        writer.int(1, 150)
        writer.int(2, -1)
        writer.sint(3, -2)
        writer.sint(4, .min)
        writer.bool(5, true)
        writer.float(6, 0.7)
        writer.double(7, -1.25e300)
        writer.string(8, "Café ☕")
        writer.message(9) { $0.int(1, 42) }
        let fields = try Self.fields(writer.bytes)
        #expect(fields.map(\.0) == Array(1...9))
        #expect(fields[0].1.int32 == 150)
        #expect(fields[1].1.int32 == -1 && fields[1].1.int64 == -1)
        #expect(fields[2].1.sint32 == -2)
        #expect(fields[3].1.sint64 == .min)
        #expect(fields[4].1.bool == true)
        #expect(fields[5].1.float == 0.7)
        #expect(fields[6].1.double == -1.25e300)
        #expect(fields[7].1.string == "Café ☕")
        var inner = try #require(fields[8].1.message)
        #expect(try inner.next()?.value.uint64 == 42)
        #expect(!inner.hasBytes)
    }

    @Test("the documented encodings: 150 is 08 96 01, -1 takes ten bytes, sint -1 is 1")
    func knownBytes() {
        var writer = ProtoWriter()
        writer.int(1, 150)
        #expect(writer.bytes == [0x08, 0x96, 0x01])
        writer = ProtoWriter()
        writer.int(1, -1)
        #expect(writer.bytes == [0x08] + Array(repeating: 0xFF, count: 9) + [0x01])
        writer = ProtoWriter()
        writer.sint(1, -1)
        #expect(writer.bytes == [0x08, 0x01])
        writer = ProtoWriter()
        writer.float(2, 1)
        #expect(writer.bytes == [0x15, 0x00, 0x00, 0x80, 0x3F])
    }

    @Test("zero values of implicit-presence scalars are omitted; floats and bytes are not")
    func implicitPresence() {
        var writer = ProtoWriter()
        writer.int(1, 0)
        writer.sint(2, 0)
        writer.bool(3, false)
        writer.string(4, "")
        #expect(writer.bytes.isEmpty)
        writer.float(5, 0)
        writer.message(6, [])
        #expect(writer.bytes == [0x2D, 0, 0, 0, 0, 0x32, 0x00])
    }

    @Test("a value of another wire type than expected reads as nil")
    func mismatchedWireType() throws {
        let fields = try Self.fields([0x08, 0x01, 0x15, 0, 0, 0x80, 0x3F])
        #expect(fields[0].1.float == nil && fields[0].1.message == nil)
        #expect(fields[1].1.uint64 == nil && fields[1].1.double == nil && fields[1].1.fixed32 == 0x3F80_0000)
    }

    @Test(
        "malformed bytes are typed errors that say what is wrong",
        arguments: [
            ([0x08], "truncated", "field 1: the message ends inside a varint"),
            ([0x08] + Array(repeating: 0x80, count: 10) + [0x01], "varint_too_long", "field 1: a varint is longer than 10 bytes"),
            ([0x12, 0x05, 0x61], "length_past_end", "field 2: a length runs past the end of the message (5 bytes, 1 left)"),
            ([0x19, 1, 2, 3], "truncated", "field 3: the message ends inside a 64-bit fixed value"),
            ([0x25, 1, 2], "truncated", "field 4: the message ends inside a 32-bit fixed value"),
            ([0x0B], "unsupported_wire_type", "unsupported wire type 3 for field 1"),
            ([0x00, 0x01], "invalid_field_number", "field number 0 is outside 1...536870911"),
            ([0x80], "truncated", "the message ends inside a varint"),
        ] as [([UInt8], String, String)]
    )
    func malformed(_ bytes: [UInt8], _ code: String, _ description: String) {
        #expect {
            _ = try Self.fields(bytes)
        } throws: { error in
            let error = error as? ProtoError
            return error?.code == code && error?.description == description
        }
    }

    @Test("a length above Int.max is an error, not a trap")
    func hugeLength() {
        #expect(throws: ProtoError.self) {
            _ = try Self.fields([0x0A, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01])
        }
    }

    @Test("inMessage names the message being decoded")
    func context() {
        let error = ProtoError.invalidValue("a product has no id").inMessage("ListProductsResponse")
        #expect(error.description == "malformed ListProductsResponse: a product has no id")
        #expect(error.code == "invalid_value")
    }

    @Test("invalid UTF-8 in a string is repaired, not refused")
    func invalidUTF8() throws {
        let fields = try Self.fields([0x0A, 0x03, 0x61, 0xFF, 0x62])
        #expect(fields[0].1.string == "a\u{FFFD}b")
        #expect(fields[0].1.message?.remainingBytes == [0x61, 0xFF, 0x62])
    }
}
