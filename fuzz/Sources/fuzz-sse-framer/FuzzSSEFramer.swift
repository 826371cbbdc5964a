import FuzzSupport
@testable import GeminiWire

@main
enum FuzzSSEFramer {
    static func main() { runFuzzer(fuzzSSEFramer) }
}

/// libFuzzer target: ``SSEFramer``.
///
/// Checks that no input crashes the framer, and that where the body is cut never changes what comes out:
/// feeding the body in the chunks the input encodes (see ``ChunkedInput``) gives the same frames, problems
/// and overflow as feeding it whole, and no frame is empty or over the limit.
/// The input's options choose the frame limit (``frameLimit(_:)``).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSSEFramer(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let input = ChunkedInput(UnsafeRawBufferPointer(start: start, count: count)) else { return 0 }
    let limit = frameLimit(input.options)
    let whole = frameSSE([input.body[...]], limit: limit)
    let chunked = frameSSE(input.chunks, limit: limit)
    fuzzCheck(
        whole == chunked,
        "SSE frames depend on chunking (sizes \(input.chunkSizes), limit \(limit)) of \(escaped(input.body))\n"
            + "whole:   \(whole)\nchunked: \(chunked)"
    )
    for case .frame(let frame) in whole.events {
        fuzzCheck(!frame.isEmpty && frame.count <= limit, "SSE frame of \(frame.count) bytes (limit \(limit))")
    }
    return 0
}

/// Feeds `pieces` to a fresh framer, draining after each one as ``ResponseDecoder`` does.
private func frameSSE(_ pieces: [ArraySlice<UInt8>], limit: Int) -> FramerOutcome {
    var framer = SSEFramer(maxFrameBytes: limit)
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
