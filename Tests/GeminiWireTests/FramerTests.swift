@testable import GeminiWire
import Testing

/// Drives a framer over `pieces` and collects every frame as a string.
private func frames(sse pieces: [String], limit: Int = .max) -> (frames: [String], problem: String?, overflow: Bool) {
    var framer = SSEFramer(maxFrameBytes: limit)
    var out: [String] = []
    var problem: String?
    for piece in pieces {
        Array(piece.utf8).withUnsafeBytes { framer.append($0) }
        while let frame = framer.nextFrame({ String(decoding: $0, as: UTF8.self) }) { out.append(frame) }
        problem = problem ?? framer.takeProblem()
    }
    framer.finish()
    while let frame = framer.nextFrame({ String(decoding: $0, as: UTF8.self) }) { out.append(frame) }
    return (out, problem ?? framer.takeProblem(), framer.overflowed)
}

private func frames(array pieces: [String], limit: Int = .max) -> (frames: [String], problem: String?, overflow: Bool) {
    var framer = JSONArrayFramer(maxFrameBytes: limit)
    var out: [String] = []
    var problem: String?
    for piece in pieces {
        Array(piece.utf8).withUnsafeBytes { framer.append($0) }
        while let frame = framer.nextFrame({ String(decoding: $0, as: UTF8.self) }) { out.append(frame) }
        problem = problem ?? framer.takeProblem()
    }
    framer.finish()
    while let frame = framer.nextFrame({ String(decoding: $0, as: UTF8.self) }) { out.append(frame) }
    return (out, problem ?? framer.takeProblem(), framer.overflowed)
}

/// Every way of cutting `text` in two.
private func twoWaySplits(_ text: String) -> [[String]] {
    let bytes = Array(text.utf8)
    return (0...bytes.count).map { cut in
        [String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: bytes[cut...], as: UTF8.self)]
    }
}

@Suite("SSE framing")
struct SSEFramerTests {
    @Test(arguments: [
        ("data: {\"a\":1}\n\ndata: {\"b\":2}\n\n", ["{\"a\":1}", "{\"b\":2}"]),
        ("data: {\"a\":1}\r\n\r\ndata: {\"b\":2}\r\n\r\n", ["{\"a\":1}", "{\"b\":2}"]),
        ("data: {\"a\":1}\r\rdata: {\"b\":2}\r\r", ["{\"a\":1}", "{\"b\":2}"]),
        ("data:{\"a\":1}\n\n", ["{\"a\":1}"]),
        ("data: x\ndata: y\n\n", ["x\ny"]),
        (": comment\nevent: e\nid: 1\nretry: 5\ndata: z\n\n", ["z"]),
        ("data: [DONE]\n\ndata:\n\n", []),
        ("data: last", ["last"]),
        ("data: {\"a\":1}\n\n{\n  \"error\": {\"code\": 1}\n}\n", ["{\"a\":1}", "{\n  \"error\": {\"code\": 1}\n}"]),
        ("{\"s\": \"}{\\\"\"}\n", ["{\"s\": \"}{\\\"\"}"]),
        ("data: a\n[1,2]\n", ["a", "[1,2]"]),
    ])
    func framesEvents(_ body: String, _ expected: [String]) {
        for pieces in twoWaySplits(body) {
            let result = frames(sse: pieces)
            #expect(result.frames == expected, "pieces \(pieces)")
            #expect(result.problem == nil)
        }
        #expect(frames(sse: body.map { String($0) }).frames == expected)
    }

    @Test func unterminatedRawJSONIsFlushedAtEnd() {
        #expect(frames(sse: ["{\"a\": [1,"]).frames == ["{\"a\": [1,"])
    }

    @Test func strayLinesAreReportedOnce() {
        let result = frames(sse: ["<html>\n", "oops\n", "data: ok\n\n"])
        #expect(result.frames == ["ok"])
        #expect(result.problem == "unexpected line in event stream")
    }

    @Test func overflowIsTheSameWhereverTheCutFalls() {
        let body = "data: 0123456789\n\ndata: " + String(repeating: "x", count: 40) + "\n\ndata: tail\n\n"
        for pieces in twoWaySplits(body) {
            let result = frames(sse: pieces, limit: 32)
            #expect(result.frames == ["0123456789"])
            #expect(result.overflow)
        }
    }
}

@Suite("JSON array framing")
struct JSONArrayFramerTests {
    @Test(arguments: [
        ("[{\"a\":1}\n,\r\n{\"b\":2}\n]", ["{\"a\":1}", "{\"b\":2}"]),
        ("[{\"a\":1},{\"b\":2}]", ["{\"a\":1}", "{\"b\":2}"]),
        ("[ {\"s\": \"}\\\"{[\"} ]", ["{\"s\": \"}\\\"{[\"}"]),
        ("[{\"n\": {\"m\": [{}, {}]}}]", ["{\"n\": {\"m\": [{}, {}]}}"]),
        ("{\"error\": {}}", ["{\"error\": {}}"]),
        ("[]", []),
        ("", []),
    ])
    func framesElements(_ body: String, _ expected: [String]) {
        for pieces in twoWaySplits(body) {
            let result = frames(array: pieces)
            #expect(result.frames == expected, "pieces \(pieces)")
            #expect(result.problem == nil)
        }
    }

    @Test func strayBytesAreReported() {
        let result = frames(array: ["[1, {\"a\": 2}]"])
        #expect(result.frames == ["{\"a\": 2}"])
        #expect(result.problem == "unexpected bytes between JSON array elements")
    }

    @Test func unfinishedElementIsReported() {
        let result = frames(array: ["[{\"a\": \"}"])
        #expect(result.frames.isEmpty)
        #expect(result.problem == "body ended inside a JSON array element")
    }

    @Test func overflowStopsFraming() {
        let result = frames(array: ["[{\"a\":1},", "{\"b\":\"", String(repeating: "z", count: 50), "\"},{\"c\":3}]"], limit: 20)
        #expect(result.frames == ["{\"a\":1}"])
        #expect(result.overflow)
    }
}
