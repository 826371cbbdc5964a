import GeminiWire
import ProxyCore
import Testing

/// Bad gRPC answers are reported in the summary, never thrown; the status comes from the trailers.
@Suite("GRPCResponseDecoder problems and status")
struct GRPCResponseProblemTests {
    static let good = GRPCResponseDecoderTests.vertexMessages

    @Test("a malformed message is skipped and the next one still decoded")
    func malformedMessage() {
        let body = GRPCFixtures.body([Self.good[0], [0x12, 0x09, 0x0A], Self.good[2]])
        let summary = GRPCFixtures.decode(body, dialect: .vertex, splits: [4, 9])
        #expect(summary.unparsed)
        #expect(summary.decodeProblem
            == "malformed GenerateContentResponse: field 2: a length runs past the end of the message (9 bytes, 1 left)")
        #expect(summary.chunkCount == 2)
        #expect(summary.finishReasons == ["STOP", "MAX_TOKENS"])
    }

    @Test("a message over the limit stops decoding, however the body is cut", arguments: [1, 6, 1_000])
    func overLimit(_ size: Int) {
        let body = GRPCFixtures.body([Self.good[0], Array(repeating: 0, count: 600), Self.good[2]])
        let splits = Array(stride(from: size, to: body.count, by: size))
        let summary = GRPCFixtures.decode(body, dialect: .vertex, splits: splits, maxBufferedBytes: 512)
        #expect(summary.decodeProblem == "message length 600 exceeds the limit of 512 bytes")
        #expect(summary.chunkCount == 1)
        #expect(summary.finishReasons.isEmpty)
    }

    @Test("a body cut mid-message is reported at finish")
    func truncatedBody() {
        let body = GRPCFixtures.body([Self.good[0], Self.good[2]])
        let summary = GRPCFixtures.decode(Array(body.dropLast(4)), dialect: .vertex)
        #expect(summary.chunkCount == 1)
        #expect(summary.decodeProblem == "message truncated: \(Self.good[2].count - 4) of \(Self.good[2].count) bytes")
    }

    @Test("a compressed message with identity encoding names the encoding")
    func identityCompressed() {
        let body = GRPCFixtures.body([Self.good[0]], compressed: true)
        let summary = GRPCFixtures.decode(body, dialect: .vertex, encoding: "identity")
        #expect(summary.decodeProblem == "compressed message, but grpc-encoding is \"identity\"")
        #expect(summary.chunkCount == 0)
    }

    @Test("a non-zero grpc-status becomes the error, with the REST API's HTTP status")
    func status() {
        var decoder = GRPCResponseDecoder(dialect: .vertex, operation: .streamGenerateContent, grpcEncoding: nil)
        decoder.feed(GRPCFixtures.body([Self.good[0]]))
        decoder.applyStatus(code: 7, grpcMessage: "Permission %27aiplatform.endpoints.predict%27 denied: caf%C3%A9")
        decoder.applyStatus(code: 14, grpcMessage: "later statuses are ignored")
        let summary = decoder.finish()
        #expect(summary.error == UpstreamErrorInfo(
            code: 403, status: "PERMISSION_DENIED", message: "Permission 'aiplatform.endpoints.predict' denied: café"))
        #expect(summary.chunkCount == 1 && !summary.unparsed)
    }

    @Test("a trailers-only answer and an OK status", arguments: [(8, 429, "RESOURCE_EXHAUSTED"), (99, 500, "UNKNOWN")])
    func trailersOnly(_ code: Int, _ http: Int, _ name: String) {
        var decoder = GRPCResponseDecoder(dialect: .geminiAPI, operation: .generateContent, grpcEncoding: "gzip")
        decoder.applyStatus(code: code, grpcMessage: nil)
        #expect(decoder.finish().error == UpstreamErrorInfo(code: http, status: name, message: ""))

        var ok = GRPCResponseDecoder(dialect: .geminiAPI, operation: .generateContent, grpcEncoding: nil)
        ok.applyStatus(code: 0, grpcMessage: "fine")
        #expect(ok.finish().error == nil)
    }

    @Test("finish is idempotent and later feeds are ignored")
    func finishTwice() {
        var decoder = GRPCResponseDecoder(dialect: .vertex, operation: .streamGenerateContent, grpcEncoding: nil)
        decoder.feed(GRPCFixtures.body([Self.good[0]]))
        let first = decoder.finish()
        decoder.feed(GRPCFixtures.body([Self.good[2]]))
        #expect(decoder.finish() == first)
    }

    @Test("other dialects and operations only count messages")
    func otherMessages() {
        let body = GRPCFixtures.body([[1, 2, 3], [], [0xFF]])
        #expect(GRPCFixtures.decode(body, dialect: .other, operation: .other).chunkCount == 3)
        let embed = GRPCFixtures.decode(body, dialect: .geminiAPI, operation: .embedContent)
        #expect(embed.chunkCount == 3 && !embed.unparsed)
    }
}
