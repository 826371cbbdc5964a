import GeminiWire
import Testing

@Suite("gRPC message framing")
struct GRPCMessageFramerTests {
    static let messages: [[UInt8]] = [[], Array("hello".utf8), Array(repeating: 0xAB, count: 300), [0x00]]

    /// Feeds `body` cut into `size`-byte chunks, taking messages after each; the error, if any, ends it.
    static func deframe(
        _ body: [UInt8], size: Int, limit: Int = 1 << 20, encoding: String? = nil
    ) -> (messages: [[UInt8]], error: GRPCFramingError?) {
        var framer = GRPCMessageFramer(maxMessageBytes: limit, encoding: encoding)
        var messages: [[UInt8]] = []
        do {
            for start in stride(from: 0, to: body.count, by: size) {
                framer.append(Array(body[start..<min(start + size, body.count)]))
                while let message = try framer.next() { messages.append(message) }
            }
            try framer.finish()
            return (messages, nil)
        } catch {
            return (messages, error)
        }
    }

    @Test("frame writes the flag and a big-endian length")
    func frameLayout() {
        #expect(GRPCMessageFramer.frame([7, 8, 9]) == [0, 0, 0, 0, 3, 7, 8, 9])
        #expect(GRPCMessageFramer.frame(Array(repeating: 1, count: 0x0102)).prefix(5) == [0, 0, 0, 1, 2])
        #expect(GRPCMessageFramer.frame([], compressed: true) == [1, 0, 0, 0, 0])
    }

    @Test("any chunking yields the same messages", arguments: [1, 2, 3, 4, 5, 6, 7, 64, 1_000])
    func chunking(_ size: Int) {
        let body = Self.messages.flatMap { GRPCMessageFramer.frame($0) }
        let result = Self.deframe(body, size: size)
        #expect(result.error == nil)
        #expect(result.messages == Self.messages)
    }

    @Test("a length over the limit is refused from the header, once", arguments: [1, 5, 4_096])
    func overLimit(_ size: Int) throws {
        // 0x7FFFFFFF claimed, 3 bytes sent: nothing of that size may be buffered.
        let body = GRPCMessageFramer.frame([1, 2]) + [0, 0x7F, 0xFF, 0xFF, 0xFF, 1, 2, 3]
        let result = Self.deframe(body, size: size, limit: 64)
        #expect(result.messages == [[1, 2]])
        #expect(result.error?.code == "message_too_large")
        #expect(result.error?.description == "message length 2147483647 exceeds the limit of 64 bytes")

        var framer = GRPCMessageFramer(maxMessageBytes: 64, encoding: nil)
        framer.append([0, 0, 0, 1, 0])
        #expect(throws: GRPCFramingError.self) { _ = try framer.next() }
        framer.append(Array(repeating: 0, count: 256))
        #expect(try framer.next() == nil)
        try framer.finish()
    }

    @Test("a message exactly at the limit is accepted")
    func atLimit() {
        let result = Self.deframe(GRPCMessageFramer.frame(Array(repeating: 5, count: 64)), size: 10, limit: 64)
        #expect(result.error == nil)
        #expect(result.messages.first?.count == 64)
    }

    @Test("a stream ending mid-message says how much arrived")
    func truncated() {
        let body = GRPCMessageFramer.frame(Array(repeating: 1, count: 10))
        let payloadCut = Self.deframe(Array(body.prefix(8)), size: 3)
        #expect(payloadCut.error?.description == "message truncated: 3 of 10 bytes")
        let headerCut = Self.deframe(GRPCMessageFramer.frame([9]) + [0, 0], size: 1)
        #expect(headerCut.messages == [[9]])
        #expect(headerCut.error?.description == "message truncated: 2 of 5 header bytes")
        #expect(headerCut.error?.code == "truncated")
    }

    @Test("a compressed flag other than 0 or 1 is an error")
    func invalidFlag() {
        let result = Self.deframe([2, 0, 0, 0, 1, 0], size: 6)
        #expect(result.error?.description == "compressed flag 2 is neither 0 nor 1")
    }

    @Test("gzip messages inflate, in any chunking", arguments: [1, 3, 17, 4_096])
    func gzip(_ size: Int) {
        let text = Array(String(repeating: "Café ☕ compressed gRPC ", count: 40).utf8)
        let body = GRPCMessageFramer.frame(Fixtures.compress(text), compressed: true) + GRPCMessageFramer.frame([1])
        let result = Self.deframe(body, size: size, encoding: "gzip")
        #expect(result.error == nil)
        #expect(result.messages == [text, [1]])
    }

    @Test("a compressed message without a usable grpc-encoding names the encoding",
          arguments: [(nil, "absent"), ("identity", "\"identity\""), ("snappy", "\"snappy\"")] as [(String?, String)])
    func unusableEncoding(_ encoding: String?, _ named: String) {
        let body = GRPCMessageFramer.frame(Fixtures.compress([1, 2, 3]), compressed: true)
        let result = Self.deframe(body, size: 100, encoding: encoding)
        #expect(result.error?.description == "compressed message, but grpc-encoding is \(named)")
        #expect(result.error?.code == "unsupported_encoding")
    }

    @Test("inflation is bounded by the same limit")
    func compressionBomb() {
        let bomb = Fixtures.compress(Array(repeating: 0, count: 100_000))
        let result = Self.deframe(GRPCMessageFramer.frame(bomb, compressed: true), size: 4_096, limit: 1_000, encoding: "gzip")
        #expect(bomb.count < 1_000)
        #expect(result.error?.description == "decompressed message exceeds the limit of 1000 bytes")
    }

    @Test("corrupt or cut-short compressed messages are errors")
    func corruptCompression() {
        let packed = Fixtures.compress(Array(repeating: 7, count: 500))
        let cut = Self.deframe(GRPCMessageFramer.frame(Array(packed.dropLast(6)), compressed: true), size: 9, encoding: "gzip")
        #expect(cut.error?.description == "corrupt compressed message: the compressed data ends early")
        let garbage = Self.deframe(GRPCMessageFramer.frame(Array(repeating: 0xFF, count: 40), compressed: true), size: 9, encoding: "gzip")
        #expect(garbage.error?.code == "corrupt_compression")
    }
}
