import FuzzSupport
import GeminiWire
import ProxyCore

@main
enum FuzzGRPCResponseDecoder {
    static func main() { runFuzzer(fuzzGRPCResponseDecoder) }
}

/// libFuzzer target: ``GRPCResponseDecoder``, the gRPC answer path (length prefixes, per-message gzip,
/// protobuf `GenerateContentResponse` / `CountTokensResponse`), both dialects.
///
/// Input: byte 0 picks the decoder (``GRPCDecoderChoice``); the rest is a ``ChunkedInput``. Checks that no
/// input crashes the decoder and that where the body is cut never changes the summary: the body fed whole,
/// fed in the encoded chunks, and fed to a copy of the decoder taken after the chunk the options choose all
/// give the same ``ResponseSummary``; a second ``GRPCResponseDecoder/finish()`` returns it again.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzGRPCResponseDecoder(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = UnsafeRawBufferPointer(start: start, count: count)
    guard let first = data.first, let input = ChunkedInput(UnsafeRawBufferPointer(rebasing: data.dropFirst())) else {
        return 0
    }
    let choice = GRPCDecoderChoice(first)
    var fresh = GRPCResponseDecoder(
        dialect: choice.dialect, operation: choice.operation, grpcEncoding: choice.encoding,
        maxBufferedBytes: choice.maxBufferedBytes
    )

    var wholeDecoder = fresh
    wholeDecoder.feed(input.body)
    let whole = wholeDecoder.finish()
    fuzzCheck(wholeDecoder.finish() == whole, "a second finish() changed the summary")

    let chunks = input.chunks
    let copyAfter = input.options % (chunks.count + 1)
    var copy: GRPCResponseDecoder?
    for (index, chunk) in chunks.enumerated() {
        if index == copyAfter { copy = fresh }
        chunk.withUnsafeBytes { fresh.feed($0) }
        chunk.withUnsafeBytes { copy?.feed($0) }
    }
    if copy == nil { copy = fresh }
    let chunked = fresh.finish()
    let copied = copy!.finish()
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
/// Bits 0–1: operation (stream, unary, countTokens, embedContent). Bit 2: dialect (Vertex or Gemini API).
/// Bits 3–4: `grpc-encoding`: none, `identity`, `gzip`, `snappy`. Bits 5–7: `maxBufferedBytes`, the
/// default (8 MiB) for 0, else 4^(n+1) (16 bytes to 64 KiB).
private struct GRPCDecoderChoice: CustomStringConvertible {
    let operation: LLMOperation
    let dialect: Dialect
    let encoding: String?
    let maxBufferedBytes: Int

    init(_ byte: UInt8) {
        operation = [LLMOperation.streamGenerateContent, .generateContent, .countTokens, .embedContent][Int(byte & 0x3)]
        dialect = byte & 0x4 == 0 ? .vertex : .geminiAPI
        encoding = [nil, "identity", "gzip", "snappy"][Int(byte >> 3) & 0x3]
        let limit = Int(byte >> 5)
        maxBufferedBytes = limit == 0 ? 8 << 20 : 1 << (2 * limit + 2)
    }

    var description: String {
        "\(operation) \(dialect) encoding \(encoding ?? "none") limit \(maxBufferedBytes)"
    }
}
