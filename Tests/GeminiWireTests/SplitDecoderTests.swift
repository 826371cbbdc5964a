import GeminiWire
import ProxyCore
import Testing

/// A stream fixture and how to decode it.
struct StreamCase: CustomTestStringConvertible, Sendable {
    let name: String
    let body: [UInt8]
    let dialect: Dialect
    let format: StreamFormat
    let encoding: String?

    init(_ name: String, _ body: String, _ dialect: Dialect, _ format: StreamFormat, gzip: Bool = false) {
        self.init(name, Array(body.utf8), dialect, format, gzip: gzip)
    }

    init(_ name: String, _ body: [UInt8], _ dialect: Dialect, _ format: StreamFormat, gzip: Bool = false) {
        self.name = name
        self.body = gzip ? Fixtures.compress(body) : body
        self.dialect = dialect
        self.format = format
        self.encoding = gzip ? "gzip" : nil
    }

    var testDescription: String { name }

    static let all: [StreamCase] = [
        StreamCase("vertex SSE", Fixtures.vertexSSE, .vertex, .sse),
        StreamCase("Developer API SSE", Fixtures.geminiAPISSE, .geminiAPI, .sse),
        StreamCase("snake_case SSE with \\r\\r", Fixtures.snakeCaseSSE, .geminiAPI, .sse),
        StreamCase("SSE error as data", Fixtures.sseErrorAsData, .vertex, .sse),
        StreamCase("SSE error as raw JSON", Fixtures.sseErrorAsRawJSON, .vertex, .sse),
        StreamCase("int-enum JSON array", Fixtures.vertexIntArray, .vertex, .jsonArray),
        StreamCase("JSON array with error", Fixtures.arrayWithError, .vertex, .jsonArray),
        StreamCase("gzip vertex SSE", Fixtures.vertexSSE, .vertex, .sse, gzip: true),
        StreamCase("gzip JSON array", Fixtures.vertexIntArray, .vertex, .jsonArray, gzip: true),
    ]

    /// Bodies with problems: the summary (including which problem is reported first) must not depend on cuts.
    static let messy: [StreamCase] = [
        StreamCase("SSE with a stray line, bad JSON and bad UTF-8",
                   Array(("retry: 10\nbogus line\n" + #"data: {"candidates": [nope]}"# + "\n\n").utf8)
                       + Array(#"data: {"candidates": [{"content": {"parts": [{"text": "x"#.utf8) + [0xF0, 0x28]
                       + Array((#""}]}}]}"# + "\n\n" + Fixtures.geminiAPISSE).utf8),
                   .geminiAPI, .sse),
        StreamCase("array with stray bytes and a bad element",
                   "[{\"a\": 1e}, 42, " + Fixtures.vertexIntArray.dropFirst() + "\ntrailing", .vertex, .jsonArray),
        StreamCase("truncated gzip array", Array(Fixtures.vertexIntArray.utf8.dropLast(40)), .vertex, .jsonArray,
                   gzip: true),
    ]

    func decode(splits: [Int] = []) -> ResponseSummary {
        Fixtures.decode(body, dialect: dialect, format: format, encoding: encoding, splits: splits)
    }
}

@Suite("Chunk boundaries never change the summary")
struct SplitDecoderTests {
    @Test(arguments: StreamCase.all)
    func wholeBodyDecodesCleanly(_ stream: StreamCase) {
        let summary = stream.decode()
        #expect(!summary.unparsed, "\(summary.decodeProblem ?? "")")
        #expect(summary.chunkCount >= 2)
        #expect(summary.modelVersion != nil)
    }

    @Test(arguments: StreamCase.all + StreamCase.messy)
    func everyTwoWaySplitMatches(_ stream: StreamCase) {
        let whole = stream.decode()
        for cut in 0...stream.body.count {
            let split = stream.decode(splits: [cut])
            guard split == whole else {
                Issue.record("split at byte \(cut) of \(stream.body.count) differs: \(split) vs \(whole)")
                return
            }
        }
    }

    @Test(arguments: StreamCase.all + StreamCase.messy)
    func byteAtATimeMatches(_ stream: StreamCase) {
        let whole = stream.decode()
        let bytewise = Fixtures.decodeBytewise(
            stream.body, dialect: stream.dialect, format: stream.format, encoding: stream.encoding)
        #expect(bytewise == whole)
    }

    @Test(arguments: StreamCase.all + StreamCase.messy)
    func randomManyWaySplitsMatch(_ stream: StreamCase) {
        let whole = stream.decode()
        var random = SplitMix64(state: UInt64(stream.body.count))
        for _ in 0..<200 {
            let count = Int.random(in: 1...12, using: &random)
            let cuts = (0..<count).map { _ in Int.random(in: 0...stream.body.count, using: &random) }.sorted()
            let split = stream.decode(splits: cuts)
            guard split == whole else {
                Issue.record("splits \(cuts) differ: \(split) vs \(whole)")
                return
            }
        }
    }

    @Test(arguments: StreamCase.messy)
    func messyBodiesAreFlagged(_ stream: StreamCase) {
        let summary = stream.decode()
        #expect(summary.unparsed)
        #expect(summary.chunkCount >= 1)
    }

    /// Cuts named explicitly: inside `é`, `☕`, `日`, `🚀`, inside `\r\n\r\n`, inside `data:`, inside a `\u` escape.
    @Test(arguments: ["é", "☕", "日", "🚀", "\r\n\r\n", "data:", "\\ud83d", "\\\"quotes"])
    func namedAwkwardCutsMatch(_ marker: String) throws {
        let body = Array(Fixtures.vertexSSE.utf8)
        let needle = Array(marker.utf8)
        let start = try #require(body.indices.first { body[$0...].starts(with: needle) })
        let whole = Fixtures.decode(body, format: .sse)
        for offset in 1..<needle.count {
            #expect(Fixtures.decode(body, format: .sse, splits: [start + offset]) == whole)
        }
        #expect(whole.text == Fixtures.vertexSSEText)
    }
}
