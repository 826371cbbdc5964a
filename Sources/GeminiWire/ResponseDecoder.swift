import JSON
package import ProxyCore

/// Incremental decoder of one call's response body; fed a copy of each chunk as it arrives.
///
/// Chunks may split anywhere (inside a UTF-8 sequence, a JSON string, `\r\n\r\n` or `data:`); only the
/// incomplete tail is kept. No frame (SSE event, array element, or whole unary body) may exceed
/// `maxBufferedBytes`: the first one that does stops decoding, at the same point however the body was cut.
/// Decoding problems never throw: they set ``ResponseSummary/unparsed`` and ``ResponseSummary/decodeProblem``,
/// and decoding goes on with the next frame where the framing allows.
///
/// Pipeline: optional ``Inflater`` → ``SSEFramer`` / ``JSONArrayFramer`` / whole-body buffer → ``JSONParser``
/// → field extraction (`ResponseDecoder+Extract.swift`).
package struct ResponseDecoder: Sendable {
    /// Largest piece handed to a framer at once, so one huge chunk cannot overshoot the buffer cap by much.
    private static let framingSliceSize = 64 << 10
    /// Decompressed bytes allowed per `maxBufferedBytes`, bounding the work a compression bomb can cause.
    private static let inflationAllowance = 16

    let dialect: Dialect
    private let format: StreamFormat
    private let maxBufferedBytes: Int
    private let maxInflatedBytes: Int
    private var inflater: Inflater?
    private var inflatedByteCount = 0
    private var sse: SSEFramer
    private var array: JSONArrayFramer
    private var unaryBody: [UInt8] = []
    private var stopped = false
    private var finished = false
    /// The summary built so far.
    var summary = ResponseSummary()
    /// Which usage block the summary keeps.
    var usageRule = UsageRule()

    /// Creates a decoder for one response body.
    /// - Parameters:
    ///   - dialect: Which API answered; selects the integer enum tables.
    ///   - format: How the body is framed.
    ///   - contentEncoding: The `Content-Encoding` header: `gzip`, `x-gzip`, `deflate`, `identity` or `nil`.
    ///   - maxBufferedBytes: Largest frame decoded: an SSE event, an array element or a whole unary body.
    ///     A compressed body may also inflate to at most 16 times this.
    package init(dialect: Dialect, format: StreamFormat, contentEncoding: String?, maxBufferedBytes: Int = 8 << 20) {
        self.dialect = dialect
        self.format = format
        self.maxBufferedBytes = max(maxBufferedBytes, 1)
        let (allowance, overflow) = self.maxBufferedBytes.multipliedReportingOverflow(by: Self.inflationAllowance)
        maxInflatedBytes = overflow ? .max : allowance
        sse = SSEFramer(maxFrameBytes: self.maxBufferedBytes)
        array = JSONArrayFramer(maxFrameBytes: self.maxBufferedBytes)
        let codings = Self.contentCodings(contentEncoding)
        switch codings {
        case []:
            break
        case ["gzip"], ["x-gzip"], ["deflate"]:
            inflater = Inflater()
        default:
            stop(because: "unsupported content-encoding \"\(codings.joined(separator: ", "))\"")
        }
    }

    /// Decodes the next chunk of the body.
    /// - Parameters:
    ///   - bytes: The chunk, exactly as received (still compressed if the body is).
    package mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard !stopped, !finished, !bytes.isEmpty else { return }
        guard inflater != nil else {
            consume(bytes)
            return
        }
        if !isKnownUniquelyReferenced(&inflater) { inflater = inflater?.copy() }
        guard let inflater else { return }
        let status = inflater.inflate(bytes) { piece in
            inflatedByteCount += piece.count
            if inflatedByteCount > maxInflatedBytes {
                stop(because: "decompressed body exceeds \(maxInflatedBytes) bytes")
            } else {
                consume(piece)
            }
            return !stopped
        }
        if case .failed(let reason) = status { stop(because: reason) }
    }

    /// Decodes the next chunk of the body.
    /// - Parameters:
    ///   - bytes: The chunk, exactly as received (still compressed if the body is).
    package mutating func feed(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { feed($0) }
    }

    /// Flushes any partial frame at end of body and returns the summary.
    ///
    /// Later calls return the same summary, and later ``feed(_:)-(UnsafeRawBufferPointer)`` calls are ignored.
    package mutating func finish() -> ResponseSummary {
        guard !finished else { return summary }
        finished = true
        if !stopped {
            if let inflater, !inflater.isComplete { noteProblem("compressed body ended early") }
            switch format {
            case .unary:
                decodeUnaryBody()
            case .sse:
                sse.finish()
                drainSSE()
            case .jsonArray:
                array.finish()
                drainArray()
            case .grpc:
                break
            }
        }
        releaseBuffers()
        usageRule.finish(&summary)
        return summary
    }

    // MARK: Framing

    /// Frames plain (already decompressed) body bytes.
    private mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count, !stopped {
            let end = min(offset + Self.framingSliceSize, bytes.count)
            let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<end])
            offset = end
            switch format {
            case .unary:
                guard unaryBody.count + slice.count <= maxBufferedBytes else {
                    stop(because: "response body exceeds \(maxBufferedBytes) bytes")
                    return
                }
                unaryBody.append(contentsOf: slice)
            case .sse:
                sse.append(slice)
                drainSSE()
            case .jsonArray:
                array.append(slice)
                drainArray()
            case .grpc:
                stop(because: "gRPC bodies are decoded by GRPCResponseDecoder")
            }
        }
    }

    /// Decodes every complete event. A framing problem is noted before the frame that followed it, so the
    /// first ``ResponseSummary/decodeProblem`` does not depend on where chunks were cut.
    private mutating func drainSSE() {
        while let parsed = sse.nextFrame(Self.parse) {
            settle(problem: sse.takeProblem(), overflowed: false)
            absorb(parsed)
        }
        settle(problem: sse.takeProblem(), overflowed: sse.overflowed)
    }

    /// Decodes every complete array element, like ``drainSSE()``.
    private mutating func drainArray() {
        while let parsed = array.nextFrame(Self.parse) {
            settle(problem: array.takeProblem(), overflowed: false)
            absorb(parsed)
        }
        settle(problem: array.takeProblem(), overflowed: array.overflowed)
    }

    private mutating func decodeUnaryBody() {
        let blank = unaryBody.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        guard !blank else { return }
        absorb(unaryBody.withUnsafeBytes(Self.parse))
    }

    private static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<JSONValue, JSONParseError> {
        Result { () throws(JSONParseError) in try JSONParser.parse(bytes) }
    }

    private mutating func absorb(_ parsed: Result<JSONValue, JSONParseError>) {
        switch parsed {
        case .success(let value): absorb(value)
        case .failure(let error): noteProblem("malformed JSON: \(error)")
        }
    }

    private mutating func settle(problem: String?, overflowed: Bool) {
        if let problem { noteProblem(problem) }
        if overflowed { stop(because: "a frame exceeds \(maxBufferedBytes) bytes") }
    }

    /// The codings named by a `Content-Encoding` value (RFC 9110 §8.4), lower-cased, without `identity`.
    private static func contentCodings(_ header: String?) -> [String] {
        (header ?? "").lowercased().split(separator: ",").compactMap { item in
            let coding = String(item.filter { $0 != " " && $0 != "\t" })
            return coding.isEmpty || coding == "identity" ? nil : coding
        }
    }

    // MARK: Problems

    /// Records a decode problem: marks the summary unparsed and keeps the first reason.
    /// - Parameters:
    ///   - reason: A short explanation for logs.
    mutating func noteProblem(_ reason: String) {
        summary.unparsed = true
        if summary.decodeProblem == nil { summary.decodeProblem = reason }
    }

    /// Records a problem that ends decoding, and frees every buffer.
    private mutating func stop(because reason: String) {
        noteProblem(reason)
        stopped = true
        releaseBuffers()
    }

    private mutating func releaseBuffers() {
        sse = SSEFramer(maxFrameBytes: 0)
        array = JSONArrayFramer(maxFrameBytes: 0)
        unaryBody = []
        inflater = nil
    }
}
