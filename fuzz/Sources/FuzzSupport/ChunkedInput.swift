/// A fuzzer input read as a header, chunk sizes and a body, so one byte string also chooses where a
/// streaming decoder's input is cut and a few options of the target.
///
/// Layout: byte 0 is the header. Its low nibble `n` counts the chunk-size bytes that follow; its high
/// nibble is ``options``, which each target interprets. The `n` bytes after it are chunk sizes, used in
/// turn and cycled; a zero size is an empty chunk. With `n == 0` (or only zero sizes) the body is fed one
/// byte at a time. Everything after the sizes is the ``body``.
package struct ChunkedInput: Sendable {
    /// The header's high nibble (0...15), for the target to interpret.
    package let options: Int
    /// The chunk sizes, cycled; never all zero.
    package let chunkSizes: [Int]
    /// The bytes to decode.
    package let body: [UInt8]

    /// Reads an input; `nil` when it is empty.
    /// - Parameters:
    ///   - data: The fuzzer's input.
    package init?(_ data: UnsafeRawBufferPointer) {
        guard let header = data.first else { return nil }
        options = Int(header >> 4)
        let sizeCount = min(Int(header & 0x0F), data.count - 1)
        let sizes = data[1..<(1 + sizeCount)].map { Int($0) }
        chunkSizes = sizes.contains { $0 > 0 } ? sizes : [1]
        body = Array(data[(1 + sizeCount)...])
    }

    /// The body cut into consecutive chunks by ``chunkSizes``; joined, they are the body again.
    package var chunks: [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var start = 0
        var turn = 0
        while start < body.count {
            let end = min(start + chunkSizes[turn % chunkSizes.count], body.count)
            pieces.append(body[start..<end])
            start = end
            turn += 1
        }
        return pieces
    }
}
