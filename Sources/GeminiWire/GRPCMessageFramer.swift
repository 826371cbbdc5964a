/// Splits a gRPC body into its messages, however the body is cut into chunks.
///
/// Follows PROTOCOL-HTTP2.md (grpc/grpc, "Length-Prefixed-Message"): "Compressed-Flag Message-Length
/// Message", where the flag is "encoded as 1 byte unsigned integer" and the length "as 4 byte unsigned
/// integer (big endian)"; "A Compressed-Flag value of 1 indicates that the binary octet sequence of Message is
/// compressed using the mechanism declared by the Message-Encoding header."
///
/// A length above `maxMessageBytes` is refused from the header alone, before any of it is buffered. A
/// compressed message inflates (gzip or deflate) to at most `maxMessageBytes`. The first error is thrown once;
/// after it the framer yields nothing and keeps no bytes.
package struct GRPCMessageFramer: Sendable {
    /// Bytes before each message: the flag and the length.
    package static let headerSize = 5
    /// Buffer capacity kept between messages; a larger one is released.
    private static let retainedCapacity = 64 << 10

    private let maxMessageBytes: Int
    private let encoding: String?
    private var buffer: [UInt8] = []
    private var start = 0
    private var failed = false

    /// Creates a framer for one direction of one call.
    /// - Parameters:
    ///   - maxMessageBytes: The largest message accepted, compressed or decompressed.
    ///   - encoding: The `grpc-encoding` header: `gzip`, `deflate`, `identity` or nil.
    package init(maxMessageBytes: Int = 4 << 20, encoding: String?) {
        self.maxMessageBytes = max(maxMessageBytes, 0)
        let name = encoding?.lowercased().filter { $0 != " " && $0 != "\t" }
        self.encoding = name
    }

    /// Buffers the next chunk of the body; take messages with ``next()`` after each chunk.
    /// - Parameters:
    ///   - bytes: The chunk, any size, cut anywhere.
    package mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard !failed, !bytes.isEmpty else { return }
        buffer.append(contentsOf: bytes)
    }

    /// Buffers the next chunk of the body.
    /// - Parameters:
    ///   - bytes: The chunk, any size, cut anywhere.
    package mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// The next complete message (decompressed), or nil until more bytes arrive.
    package mutating func next() throws(GRPCFramingError) -> [UInt8]? {
        guard !failed else { return nil }
        do {
            return try takeMessage()
        } catch {
            fail()
            throw error
        }
    }

    /// Checks that the body ended between messages; call after the last chunk and ``next()`` returned nil.
    package mutating func finish() throws(GRPCFramingError) {
        guard !failed else { return }
        let available = buffer.count - start
        guard available > 0 else { return }
        let error = available < Self.headerSize
            ? GRPCFramingError.truncated(received: available, of: Self.headerSize, header: true)
            : .truncated(received: available - Self.headerSize, of: Int(Self.length(in: buffer, at: start)), header: false)
        fail()
        throw error
    }

    /// `payload` as one length-prefixed message.
    /// - Parameters:
    ///   - payload: The message bytes (already compressed when `compressed` is true).
    ///   - compressed: The flag to set.
    package static func frame(_ payload: [UInt8], compressed: Bool = false) -> [UInt8] {
        let length = UInt32(truncatingIfNeeded: payload.count)
        var framed: [UInt8] = [compressed ? 1 : 0]
        framed.reserveCapacity(headerSize + payload.count)
        for shift in stride(from: 24, through: 0, by: -8) {
            framed.append(UInt8(truncatingIfNeeded: length >> UInt32(shift)))
        }
        return framed + payload
    }

    private mutating func takeMessage() throws(GRPCFramingError) -> [UInt8]? {
        let available = buffer.count - start
        guard available >= Self.headerSize else { return nil }
        let flag = buffer[start]
        guard flag <= 1 else { throw .invalidFlag(flag) }
        let length = Self.length(in: buffer, at: start)
        guard length <= UInt32(clamping: maxMessageBytes) else {
            throw .messageTooLarge(length, limit: maxMessageBytes)
        }
        guard available - Self.headerSize >= Int(length) else { return nil }
        let payloadStart = start + Self.headerSize
        let payload = buffer[payloadStart..<(payloadStart + Int(length))]
        start = payloadStart + Int(length)
        let message = flag == 1 ? try inflate(payload) : Array(payload)
        compact()
        return message
    }

    /// Drops consumed bytes once they are all consumed or outweigh what is left.
    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= Self.retainedCapacity)
            start = 0
        } else if start > buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }

    private func inflate(_ payload: ArraySlice<UInt8>) throws(GRPCFramingError) -> [UInt8] {
        guard encoding == "gzip" || encoding == "deflate" else { throw .unsupportedEncoding(encoding) }
        let inflater = Inflater()
        var output: [UInt8] = []
        var inflatedCount = 0
        let limit = maxMessageBytes
        let status = payload.withUnsafeBytes { bytes in
            inflater.inflate(bytes) { piece in
                inflatedCount += piece.count
                guard inflatedCount <= limit else { return false }
                output.append(contentsOf: piece)
                return true
            }
        }
        guard inflatedCount <= limit else { throw .decompressedTooLarge(limit: limit) }
        if case .failed(let reason) = status { throw .corruptCompression(reason) }
        guard inflater.isComplete else { throw .corruptCompression("the compressed data ends early") }
        return output
    }

    private mutating func fail() {
        failed = true
        buffer = []
        start = 0
    }

    private static func length(in bytes: [UInt8], at index: Int) -> UInt32 {
        (1...4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[index + $1]) }
    }
}
