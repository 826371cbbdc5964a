import CZlib
import FuzzSupport
import GeminiWire
import ProxyCore

@main
enum FuzzResponseDecoder {
    static func main() { runFuzzer(fuzzResponseDecoder) }
}

/// libFuzzer target: ``ResponseDecoder``, the whole response pipeline (inflation, framing, parsing, field
/// extraction) for every framing, both dialects, plain and compressed bodies.
///
/// Input: byte 0 picks the decoder (``DecoderChoice``); the rest is a ``ChunkedInput``. Checks that no input
/// crashes the decoder, and that where the body is cut never changes the summary: the body fed whole, fed in
/// the encoded chunks, and fed to a copy of the decoder taken after the chunk the options choose (a value
/// copy, so the copy-on-write inflater is exercised), all give the same ``ResponseSummary``. The only
/// exception is a body stopped by the decompressed-size cap, which is checked per piece of inflater output,
/// and those pieces follow the chunking. A second ``ResponseDecoder/finish()`` returns the same summary.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzResponseDecoder(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = UnsafeRawBufferPointer(start: start, count: count)
    guard let first = data.first, let input = ChunkedInput(UnsafeRawBufferPointer(rebasing: data.dropFirst())) else {
        return 0
    }
    let choice = DecoderChoice(first)
    let body = choice.compressBody ? gzip(input.body) : input.body
    var fresh = ResponseDecoder(
        dialect: choice.dialect, format: choice.format, contentEncoding: choice.contentEncoding,
        maxBufferedBytes: choice.maxBufferedBytes
    )

    var wholeDecoder = fresh
    wholeDecoder.feed(body)
    let whole = wholeDecoder.finish()
    fuzzCheck(wholeDecoder.finish() == whole, "a second finish() changed the summary")

    let chunks = ChunkedInput.cut(body, sizes: input.chunkSizes)
    let copyAfter = input.options % (chunks.count + 1)
    var copy: ResponseDecoder?
    for (index, chunk) in chunks.enumerated() {
        if index == copyAfter { copy = fresh }
        chunk.withUnsafeBytes { fresh.feed($0) }
        chunk.withUnsafeBytes { copy?.feed($0) }
    }
    if copy == nil { copy = fresh }
    let chunked = fresh.finish()
    let copied = copy!.finish()

    let capped = [whole, chunked, copied].contains { $0.decodeProblem?.hasPrefix("decompressed body exceeds") == true }
    guard !capped else { return 0 }
    for (name, summary) in [("chunked", chunked), ("copy", copied)] {
        fuzzCheck(
            summary == whole,
            "\(name) summary differs (\(choice), sizes \(input.chunkSizes), copy after \(copyAfter)) for "
                + "\(escaped(input.body))\nwhole:  \(whole)\n\(name): \(summary)"
        )
    }
    return 0
}

/// How byte 0 of the input sets up the decoder.
///
/// Bits 0–1: framing (unary, SSE, JSON array, SSE). Bit 2: dialect (Vertex or Gemini API). Bits 3–4:
/// content encoding: none; `identity`; `gzip` with the body compressed by the harness (so the decoder sees
/// meaningful JSON after inflation); `gzip` with the body fed as is. Bits 5–7: `maxBufferedBytes`, the
/// default (8 MiB) for 0, else 4^(n+1) (16 bytes to 64 KiB).
private struct DecoderChoice: CustomStringConvertible {
    let format: StreamFormat
    let dialect: Dialect
    let contentEncoding: String?
    let compressBody: Bool
    let maxBufferedBytes: Int

    init(_ byte: UInt8) {
        format = [StreamFormat.unary, .sse, .jsonArray, .sse][Int(byte & 0x3)]
        dialect = byte & 0x4 == 0 ? .vertex : .geminiAPI
        let encoding = Int(byte >> 3) & 0x3
        contentEncoding = [nil, "identity", "gzip", "gzip"][encoding]
        compressBody = encoding == 2
        let limit = Int(byte >> 5)
        maxBufferedBytes = limit == 0 ? 8 << 20 : 1 << (2 * limit + 2)
    }

    var description: String {
        "\(format) \(dialect) encoding \(contentEncoding ?? "none")\(compressBody ? " (compressed)" : "") limit \(maxBufferedBytes)"
    }
}

extension ChunkedInput {
    /// `bytes` cut like ``chunks``, by the same cycled sizes.
    static func cut(_ bytes: [UInt8], sizes: [Int]) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var start = 0
        var turn = 0
        while start < bytes.count {
            let end = min(start + sizes[turn % sizes.count], bytes.count)
            pieces.append(bytes[start..<end])
            start = end
            turn += 1
        }
        return pieces
    }
}

/// `bytes` as one gzip member (zlib's `deflateInit2` with `windowBits` 31).
private func gzip(_ bytes: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    guard deflateInit2_(&stream, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { fatalError("deflateInit2 failed") }
    defer { deflateEnd(&stream) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
    let code = input.withUnsafeMutableBufferPointer { source in
        output.withUnsafeMutableBufferPointer { target in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            stream.next_out = target.baseAddress
            stream.avail_out = UInt32(target.count)
            return deflate(&stream, Z_FINISH)
        }
    }
    guard code == Z_STREAM_END else { fatalError("deflate did not finish: \(code)") }
    return Array(output.prefix(Int(stream.total_out)))
}
