import GeminiWire
import ProxyCore
import Testing

@Suite("Compressed bodies")
struct CompressedDecoderTests {
    private static let plain = Array(Fixtures.vertexSSE.utf8)

    @Test(arguments: [1, 2, 3, 7, 13, 64, 1_000])
    func gzipInOddChunkSizes(_ size: Int) {
        let body = Fixtures.compress(Self.plain, windowBits: 31)
        let expected = Fixtures.decode(Self.plain, format: .sse)
        let splits = Array(stride(from: size, to: body.count, by: size))
        let summary = Fixtures.decode(body, format: .sse, encoding: "gzip", splits: splits)
        #expect(summary == expected)
        #expect(summary.text == Fixtures.vertexSSEText)
    }

    @Test(arguments: [
        ("gzip", Int32(31)), ("x-gzip", 31), ("GZIP", 31), (" gzip ", 31), ("identity, gzip", 31),
        ("deflate", 15), ("Deflate", -15), ("deflate", 31),
    ])
    func encodingNames(_ encoding: String, _ windowBits: Int32) {
        let body = Fixtures.compress(Self.plain, windowBits: windowBits)
        let summary = Fixtures.decode(body, format: .sse, encoding: encoding, splits: [5, 50])
        #expect(summary == Fixtures.decode(Self.plain, format: .sse))
    }

    @Test(arguments: [nil, "identity", "", "Identity"])
    func identityEncodings(_ encoding: String?) {
        let summary = Fixtures.decode(Self.plain, format: .sse, encoding: encoding)
        #expect(summary.text == Fixtures.vertexSSEText)
        #expect(!summary.unparsed)
    }

    @Test func unsupportedEncodingIsReported() {
        let summary = Fixtures.decode(Self.plain, format: .sse, encoding: "br")
        #expect(summary.unparsed)
        #expect(summary.decodeProblem == "unsupported content-encoding \"br\"")
        #expect(summary.chunkCount == 0)
    }

    @Test func corruptDataIsReportedWithoutCrashing() {
        var body = Fixtures.compress(Self.plain)
        for index in stride(from: 40, to: body.count, by: 7) { body[index] ^= 0x5A }
        let summary = Fixtures.decode(body, format: .sse, encoding: "gzip", splits: [17, 90])
        #expect(summary.unparsed)
        #expect(summary.decodeProblem != nil)
    }

    @Test func garbageIsNotMistakenForRawDeflateForever() {
        let summary = Fixtures.decode(Array(repeating: 0xFF, count: 300), format: .unary, encoding: "gzip")
        #expect(summary.unparsed)
        #expect(summary.decodeProblem?.hasPrefix("corrupt compressed body") == true)
    }

    @Test func truncatedCompressedBodyIsReported() {
        let body = Fixtures.compress(Self.plain)
        let summary = Fixtures.decode(Array(body.dropLast(12)), format: .sse, encoding: "gzip")
        #expect(summary.unparsed)
        #expect(summary.decodeProblem == "compressed body ended early")
        #expect(summary.text.hasPrefix("Café"))
    }

    @Test func emptyCompressedBodyIsNotAProblem() {
        let summary = Fixtures.decode([], format: .unary, encoding: "gzip")
        #expect(!summary.unparsed)
    }

    @Test func compressionBombIsCapped() {
        let element = #"{"candidates": [{"content": {"parts": [{"text": "aaaaaaaaaaaaaaaa"}]}}]},"#
        let plain = Array(("[" + String(repeating: element, count: 20_000) + "{}]").utf8)
        let body = Fixtures.compress(plain)
        #expect(body.count < plain.count / 50)
        let summary = Fixtures.decode(body, format: .jsonArray, encoding: "gzip", maxBufferedBytes: 4_096)
        #expect(summary.unparsed)
        #expect(summary.decodeProblem == "decompressed body exceeds 65536 bytes")
        #expect(summary.chunkCount > 0)
    }

    @Test func copiedDecodersStayIndependent() {
        let body = Fixtures.compress(Self.plain)
        var original = ResponseDecoder(dialect: .vertex, format: .sse, contentEncoding: "gzip")
        original.feed(Array(body[0..<(body.count / 2)]))
        var copy = original
        copy.feed(Array(body[(body.count / 2)...]))
        original.feed(Array(body[(body.count / 2)...]))
        let expected = Fixtures.decode(Self.plain, format: .sse)
        #expect(copy.finish() == expected)
        #expect(original.finish() == expected)
    }
}
