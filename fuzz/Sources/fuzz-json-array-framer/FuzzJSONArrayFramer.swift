import FuzzSupport
@testable import GeminiWire

@main
enum FuzzJSONArrayFramer {
    static func main() { runFuzzer(fuzzJSONArrayFramer) }
}

/// libFuzzer target: ``JSONArrayFramer``.
///
/// Checks that no input crashes the framer, and that where the body is cut never changes what comes out:
/// feeding the body in the chunks the input encodes (see ``ChunkedInput``) gives the same frames, problems
/// and overflow as feeding it whole, and every element starts with `{`, ends with the bracket that brings the
/// depth back to zero, and fits the limit. (The depth counts `{` and `[` alike, so `{…]` is cut out too; the
/// parser then rejects it.)
/// The input's options choose the frame limit (``frameLimit(_:)``).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSONArrayFramer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let input = ChunkedInput(UnsafeRawBufferPointer(start: start, count: count)) else { return 0 }
    let limit = frameLimit(input.options)
    let whole = frameArray([input.body[...]], limit: limit)
    let chunked = frameArray(input.chunks, limit: limit)
    fuzzCheck(
        whole == chunked,
        "JSON array frames depend on chunking (sizes \(input.chunkSizes), limit \(limit)) of \(escaped(input.body))\n"
            + "whole:   \(whole)\nchunked: \(chunked)"
    )
    for case .frame(let frame) in whole.events {
        fuzzCheck(
            frame.count <= limit && frame.first == UInt8(ascii: "{")
                && (frame.last == UInt8(ascii: "}") || frame.last == UInt8(ascii: "]")),
            "array element is not one {…} within \(limit) bytes: \(escaped(frame))"
        )
    }
    return 0
}

/// Feeds `pieces` to a fresh framer, draining after each one as ``ResponseDecoder`` does.
private func frameArray(_ pieces: [ArraySlice<UInt8>], limit: Int) -> FramerOutcome {
    var framer = JSONArrayFramer(maxFrameBytes: limit)
    var outcome = FramerOutcome()
    func drain() {
        while let frame = framer.nextFrame({ Array($0) }) {
            if let problem = framer.takeProblem() { outcome.events.append(.problem(problem)) }
            outcome.events.append(.frame(frame))
        }
        if let problem = framer.takeProblem() { outcome.events.append(.problem(problem)) }
    }
    for piece in pieces {
        piece.withUnsafeBytes { framer.append($0) }
        drain()
    }
    framer.finish()
    drain()
    outcome.overflowed = framer.overflowed
    return outcome
}
