package import ProxyCore

/// Incremental decoder of one gRPC call's response body, the gRPC twin of ``ResponseDecoder``: fed a copy of
/// each HTTP/2 DATA payload as it arrives, it builds the same ``ResponseSummary`` the JSON decoder builds from
/// the same answer over REST.
///
/// Pipeline: ``GRPCMessageFramer`` (length prefixes, per-message gzip) → one `GenerateContentResponse` or
/// `CountTokensResponse` per message (`GRPCResponseDecoder+Extract.swift`). Problems never throw: they set
/// ``ResponseSummary/unparsed`` and ``ResponseSummary/decodeProblem``. A malformed message is skipped and the
/// next one decoded; a framing error stops decoding. The status, which gRPC sends in the trailers, arrives
/// through ``applyStatus(code:grpcMessage:)``.
package struct GRPCResponseDecoder: Sendable {
    /// Largest piece handed to the framer at once, so a limit is noticed before a huge chunk is buffered.
    private static let framingSliceSize = 64 << 10

    let dialect: Dialect
    let operation: LLMOperation
    /// The dialect's field numbers; nil for `.other`, whose messages are only counted.
    let fields: GRPCFields?
    private var framer: GRPCMessageFramer
    private var stopped = false
    private var finished = false
    /// The summary built so far.
    var summary = ResponseSummary()
    /// Which usage block the summary keeps (the same rule as the JSON decoder's).
    var usageRule = UsageRule()

    /// Creates a decoder for one response body.
    /// - Parameters:
    ///   - dialect: Which API answered; selects the field numbers and enum tables.
    ///   - operation: The route's operation; `.countTokens` reads `CountTokensResponse` messages.
    ///   - grpcEncoding: The response's `grpc-encoding` header: `gzip`, `deflate`, `identity` or nil.
    ///   - maxBufferedBytes: Largest message decoded, compressed or decompressed.
    package init(dialect: Dialect, operation: LLMOperation, grpcEncoding: String?, maxBufferedBytes: Int = 8 << 20) {
        self.dialect = dialect
        self.operation = operation
        fields = GRPCFields.of(dialect)
        framer = GRPCMessageFramer(maxMessageBytes: max(maxBufferedBytes, 1), encoding: grpcEncoding)
    }

    /// Decodes the next chunk of the body.
    /// - Parameters:
    ///   - bytes: A DATA payload or any piece of the body, exactly as received.
    package mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count, !stopped, !finished {
            let end = min(offset + Self.framingSliceSize, bytes.count)
            framer.append(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
            offset = end
            drain()
        }
    }

    /// Decodes the next chunk of the body.
    /// - Parameters:
    ///   - bytes: A DATA payload or any piece of the body, exactly as received.
    package mutating func feed(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { feed($0) }
    }

    /// Records the call's status from the trailers (or a trailers-only answer); call before ``finish()``.
    ///
    /// A non-zero `grpc-status` becomes ``ResponseSummary/error`` with the HTTP status Google's REST API
    /// answers for it (``GRPCStatusCode/httpStatus``), so a gRPC failure counts as the REST one does; the
    /// first status recorded is kept.
    /// - Parameters:
    ///   - code: The `grpc-status` number; outside 0–16 it is `UNKNOWN`.
    ///   - grpcMessage: The `grpc-message` value as received (percent-encoded), if any.
    package mutating func applyStatus(code: Int, grpcMessage: String?) {
        guard code != 0, summary.error == nil else { return }
        let status = GRPCStatusCode(status: code)
        summary.error = UpstreamErrorInfo(
            code: status.httpStatus, status: status.name,
            message: grpcMessage.map(GRPCStatusCode.decodeMessage) ?? ""
        )
    }

    /// Checks the body ended between messages and returns the summary.
    ///
    /// Later calls return the same summary (with any status applied since), and later feeds are ignored.
    package mutating func finish() -> ResponseSummary {
        guard !finished else { return summary }
        finished = true
        if !stopped {
            do {
                try framer.finish()
            } catch {
                noteProblem(error.description)
            }
        }
        framer = GRPCMessageFramer(maxMessageBytes: 0, encoding: nil)
        usageRule.finish(&summary)
        return summary
    }

    /// Decodes every complete message; a framing error ends decoding.
    private mutating func drain() {
        do {
            while let message = try framer.next() {
                absorb(message)
            }
        } catch {
            noteProblem(error.description)
            stopped = true
            framer = GRPCMessageFramer(maxMessageBytes: 0, encoding: nil)
        }
    }

    /// Records a decode problem: marks the summary unparsed and keeps the first reason.
    /// - Parameters:
    ///   - reason: A short explanation for logs.
    mutating func noteProblem(_ reason: String) {
        summary.unparsed = true
        if summary.decodeProblem == nil { summary.decodeProblem = reason }
    }
}
