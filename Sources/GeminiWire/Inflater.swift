import CZlib

/// Incremental zlib decompressor for a `gzip`, `x-gzip` or `deflate` response body.
///
/// Opens with `inflateInit2(15 + 32)`, which detects a gzip or zlib header by itself
/// (zlib.h: "Add 32 to windowBits to enable zlib and gzip decoding with automatic header detection").
/// Some servers send `deflate` as a bare RFC 1951 stream; when the header check fails before any output,
/// the input seen so far is replayed through a raw inflater (`windowBits = -15`).
/// Concatenated gzip members (RFC 1952 §2.2) are decoded one after another.
///
/// `@unchecked Sendable`: the `z_stream` lives on the heap because zlib's internal state keeps a pointer back
/// to it, so it must never move and cannot be stored inline in a struct. Only the owning
/// ``ResponseDecoder`` mutates it, from its `mutating` methods, and it first replaces a shared instance with
/// ``copy()`` (copy-on-write), so no two values ever drive the same stream.
final class Inflater: @unchecked Sendable {
    /// What ``inflate(_:into:)`` ended with.
    enum Status: Equatable {
        /// All input consumed (more may follow).
        case ok
        /// The sink asked to stop.
        case stopped
        /// The compressed data is corrupt; no further input is accepted.
        case failed(String)
    }

    /// Bytes of output handed to the sink per step.
    static let outputChunkSize = 32 << 10
    /// How much input is kept for the raw-deflate fallback before giving up on it.
    static let fallbackLimit = 64 << 10

    private let stream: UnsafeMutablePointer<z_stream>
    private let output: UnsafeMutableRawBufferPointer
    private var streamReady = false
    private var isRaw = false
    private var memberEnded = false
    private var sawInput = false
    /// Input retained until the first output byte, to replay as raw deflate if the header is rejected.
    private var fallbackInput: [UInt8] = []
    private var canFallBack = true
    private var failure: String?

    /// Creates an inflater expecting a gzip or zlib stream (falling back to raw deflate).
    convenience init() {
        self.init(unstarted: ())
        start(windowBits: 15 + 32)
    }

    private init(unstarted: Void) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        output = .allocate(byteCount: Self.outputChunkSize, alignment: 16)
    }

    deinit {
        if streamReady { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        output.deallocate()
    }

    /// Whether the input ended cleanly: nothing was fed, or the last member reached its end marker.
    var isComplete: Bool { failure == nil && (!sawInput || memberEnded) }

    /// An independent inflater in the same state (`inflateCopy`), for copy-on-write.
    func copy() -> Inflater {
        let clone = Inflater(unstarted: ())
        clone.isRaw = isRaw
        clone.memberEnded = memberEnded
        clone.sawInput = sawInput
        clone.fallbackInput = fallbackInput
        clone.canFallBack = canFallBack
        clone.failure = failure
        if streamReady {
            if inflateCopy(clone.stream, stream) == Z_OK {
                clone.streamReady = true
            } else {
                clone.failure = clone.failure ?? "zlib could not copy its state"
            }
        }
        return clone
    }

    /// Decompresses `input`, handing each piece of output to `sink` (which returns false to stop).
    /// - Parameters:
    ///   - input: The next compressed bytes.
    ///   - sink: Receives decompressed bytes; the buffer is only valid during the call.
    func inflate(_ input: UnsafeRawBufferPointer, into sink: (UnsafeRawBufferPointer) -> Bool) -> Status {
        if let failure { return .failed(failure) }
        guard let base = input.baseAddress, input.count > 0 else { return .ok }
        sawInput = true
        if canFallBack {
            if fallbackInput.count + input.count <= Self.fallbackLimit {
                fallbackInput.append(contentsOf: input)
            } else {
                canFallBack = false
                fallbackInput = []
            }
        }
        return run(base.assumingMemoryBound(to: UInt8.self), count: input.count, into: sink)
    }

    private func run(_ start: UnsafePointer<UInt8>, count: Int, into sink: (UnsafeRawBufferPointer) -> Bool) -> Status {
        var next = start
        var remaining = count
        while true {
            if memberEnded {
                guard remaining > 0 else { return .ok }
                // More bytes after an end marker: the next gzip member (or garbage, which fails below).
                inflateReset(stream)
                memberEnded = false
            }
            let chunk = min(remaining, Int(UInt32.max))
            stream.pointee.next_in = UnsafeMutablePointer(mutating: next)
            stream.pointee.avail_in = UInt32(chunk)
            stream.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: UInt8.self)
            stream.pointee.avail_out = UInt32(output.count)
            let code = CZlib.inflate(stream, Z_NO_FLUSH)
            let consumed = chunk - Int(stream.pointee.avail_in)
            next += consumed
            remaining -= consumed
            let produced = output.count - Int(stream.pointee.avail_out)
            if produced > 0 {
                canFallBack = false
                fallbackInput = []
                guard sink(UnsafeRawBufferPointer(rebasing: output[0..<produced])) else { return .stopped }
            }
            switch code {
            case Z_STREAM_END:
                memberEnded = true
            case Z_OK:
                if remaining == 0, produced < output.count { return .ok }
            case Z_BUF_ERROR where remaining == 0:
                return .ok
            case Z_DATA_ERROR where canFallBack && !isRaw:
                return replayAsRawDeflate(into: sink)
            default:
                return fail(code)
            }
        }
    }

    /// Restarts as a headerless RFC 1951 inflater and replays all input seen so far.
    private func replayAsRawDeflate(into sink: (UnsafeRawBufferPointer) -> Bool) -> Status {
        let replay = fallbackInput
        fallbackInput = []
        canFallBack = false
        inflateEnd(stream)
        streamReady = false
        isRaw = true
        start(windowBits: -15)
        if let failure { return .failed(failure) }
        return replay.withUnsafeBufferPointer { run($0.baseAddress!, count: $0.count, into: sink) }
    }

    private func start(windowBits: Int32) {
        stream.pointee = z_stream()
        let code = inflateInit2_(stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        if code == Z_OK {
            streamReady = true
        } else {
            failure = "zlib could not start (code \(code))"
        }
    }

    private func fail(_ code: Int32) -> Status {
        let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib code \(code)"
        let message = "corrupt compressed body: \(detail)"
        failure = message
        return .failed(message)
    }
}
