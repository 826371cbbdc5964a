import FuzzSupport
@testable import GeminiWire

@main
enum FuzzInflater {
    static func main() { runFuzzer(fuzzInflater) }
}

/// libFuzzer target: ``Inflater`` (gzip, zlib and the raw-deflate fallback, concatenated members).
///
/// Checks that no input crashes the inflater or zlib under it, and that where the compressed body is cut
/// never changes the outcome: feeding it in the chunks the input encodes (see ``ChunkedInput``) gives the
/// same output, the same first failure and the same ``Inflater/isComplete`` as feeding it whole. The
/// chunked run also takes a ``Inflater/copy()`` after the chunk the options choose, and feeds the rest to
/// both: the copy must end exactly like the original.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzInflater(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let input = ChunkedInput(UnsafeRawBufferPointer(start: start, count: count)) else { return 0 }
    let whole = InflaterRun()
    whole.feed(input.body[...])

    let chunks = input.chunks
    let copyAfter = input.options % (chunks.count + 1)
    let chunked = InflaterRun()
    var copied: InflaterRun?
    for (index, chunk) in chunks.enumerated() {
        if index == copyAfter { copied = chunked.copy() }
        chunked.feed(chunk)
        copied?.feed(chunk)
    }
    if copied == nil { copied = chunked.copy() }
    for (name, run) in [("chunked", chunked), ("copy", copied!)] {
        fuzzCheck(
            run.output == whole.output && run.failure == whole.failure
                && run.inflater.isComplete == whole.inflater.isComplete,
            "\(name) inflation differs (sizes \(input.chunkSizes), copy after \(copyAfter)) for \(escaped(input.body))\n"
                + "whole:  \(whole)\n\(name): \(run)"
        )
    }
    return 0
}

/// An inflater with everything it produced.
private final class InflaterRun: CustomStringConvertible {
    let inflater: Inflater
    var output: [UInt8] = []
    var failure: String?

    init(_ inflater: Inflater = Inflater()) {
        self.inflater = inflater
    }

    func feed(_ bytes: ArraySlice<UInt8>) {
        let status = bytes.withUnsafeBytes { chunk in
            inflater.inflate(chunk) { piece in
                output.append(contentsOf: piece)
                return true
            }
        }
        if case .failed(let reason) = status, failure == nil { failure = reason }
    }

    func copy() -> InflaterRun {
        let clone = InflaterRun(inflater.copy())
        clone.output = output
        clone.failure = failure
        return clone
    }

    var description: String {
        "\(output.count) bytes \(escaped(output, limit: 60)), failure \(failure ?? "none"), complete \(inflater.isComplete)"
    }
}
