import CZlib

/// Incremental gzip compressor for mock responses: each chunk is sync-flushed, so a compressed
/// stream still arrives chunk by chunk, as Google's gzip-encoded streams do.
///
/// `@unchecked Sendable`: the heap-allocated `z_stream` is used by one response task only.
final class GzipCompressor: @unchecked Sendable {
    private let stream: UnsafeMutablePointer<z_stream>

    init() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // windowBits 15 + 16 writes a gzip header and trailer (zlib.h, deflateInit2).
        deflateInit2_(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `bytes`; `finish` ends the gzip member.
    func compress(_ bytes: [UInt8], finish: Bool) -> [UInt8] {
        var input = bytes
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 << 10)
        input.withUnsafeMutableBufferPointer { inPtr in
            stream.pointee.next_in = inPtr.baseAddress
            stream.pointee.avail_in = UInt32(inPtr.count)
            repeat {
                let produced = buffer.withUnsafeMutableBufferPointer { outPtr -> Int in
                    stream.pointee.next_out = outPtr.baseAddress
                    stream.pointee.avail_out = UInt32(outPtr.count)
                    deflate(stream, finish ? Z_FINISH : Z_SYNC_FLUSH)
                    return outPtr.count - Int(stream.pointee.avail_out)
                }
                out.append(contentsOf: buffer[..<produced])
            } while stream.pointee.avail_out == 0
        }
        return out
    }
}
