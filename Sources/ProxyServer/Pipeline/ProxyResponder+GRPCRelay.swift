import AsyncHTTPClient
import HTTPTypes
import Hummingbird
import NIOHTTP1
import ProxyCore
import ProxyConfig
import GeminiWire
import UpstreamClient

extension ProxyResponder {
    /// Stage 6 for gRPC: the upstream's headers, then each DATA chunk as it arrives, then its
    /// trailers (`grpc-status`, `grpc-message`, …) unchanged. A trailers-only answer (status in the
    /// headers) is relayed as headers plus trailers, which every gRPC client reads the same way.
    func relayGRPC(_ response: HTTPClientResponse, settings: ProxySettings, _ head: PendingCall) -> Response {
        var head = head
        head.status = Int(response.status.code)
        var headers = HeaderPolicy.clientResponseHeaders(from: response.headers)
        let headerStatus = GRPCTrailers.take(from: &headers)
        head.contentEncoding = response.headers.first(name: "grpc-encoding")
        let relay = responseRelay(settings, head)
        let processor = self.processor
        let logger = self.logger
        let pendingHead = head
        return Response(
            status: .init(code: head.status, reasonPhrase: response.status.reasonPhrase),
            headers: headers,
            body: ResponseBody { writer in
                var pending = pendingHead
                let result = await relay.relay(response.body, to: &writer)
                pending.record(result, logger: logger)
                let trailers = headerStatus ?? response.body.trailers.map(HeaderPolicy.clientResponseHeaders(from:)) ?? HTTPFields()
                pending.recordGRPCStatus(trailers, upstreamCompleted: result.upstreamFailure == nil && !result.clientGone)
                processor.submit(pending)
                if result.clientGone { throw RelayAborted() }
                if let failure = result.upstreamFailure {
                    // The stream broke: the client learns it as UNAVAILABLE (or DEADLINE_EXCEEDED), not a cut connection.
                    try await writer.finish(GRPCTrailers.failure(failure))
                    return
                }
                try await writer.finish(trailers)
            }
        )
    }
}

/// Reading and writing the status trailers of a gRPC response.
enum GRPCTrailers {
    static let status = HTTPField.Name("grpc-status")!
    static let message = HTTPField.Name("grpc-message")!
    static let encoding = HTTPField.Name("grpc-encoding")!

    /// Moves `grpc-status`, `grpc-message` and `grpc-status-details-bin` out of a trailers-only
    /// response's headers; nil when the headers carry no status.
    static func take(from headers: inout HTTPFields) -> HTTPFields? {
        guard headers[status] != nil else { return nil }
        var trailers = HTTPFields()
        let details = HTTPField.Name("grpc-status-details-bin")!
        for name in [status, message, details] {
            if let value = headers[name] {
                trailers[name] = value
                headers[name] = nil
            }
        }
        return trailers
    }

    /// The trailers for a stream the upstream broke off.
    static func failure(_ failure: UpstreamFailure) -> HTTPFields {
        var trailers = HTTPFields()
        let code: GRPCStatusCode = failure.isTimeout ? .deadlineExceeded : .unavailable
        trailers[status] = String(code.rawValue)
        trailers[message] = GRPCStatusCode.encodeMessage("UPSTREAM_STREAM_FAILED: the upstream stream failed: \(failure)")
        trailers[GRPCAnswer.reasonField] = "UPSTREAM_STREAM_FAILED"
        return trailers
    }
}

extension PendingCall {
    /// Keeps the call's gRPC status; a non-zero one makes the outcome `upstream_error` and the
    /// recorded status the HTTP code gRPC maps it to (429 for `RESOURCE_EXHAUSTED`, …).
    mutating func recordGRPCStatus(_ trailers: HTTPFields, upstreamCompleted: Bool) {
        guard upstreamCompleted else {
            grpcStatus = GRPCStatusCode.unavailable.rawValue
            return
        }
        let sent = trailers[GRPCTrailers.status].flatMap { Int($0) }
        if sent == nil, status != 200 {
            // No gRPC status at all: an HTTP-level answer (a gateway's error page, say) keeps its own status.
            grpcStatus = GRPCStatusCode.unknown.rawValue
            outcome = .upstreamError
            return
        }
        let code = sent ?? GRPCStatusCode.unknown.rawValue
        grpcStatus = code
        grpcMessage = trailers[GRPCTrailers.message]  // percent-encoded, as GRPCResponseDecoder.applyStatus takes it
        if code != 0 {
            outcome = .upstreamError
            status = GRPCStatusCode(status: code).httpStatus
            errorMessage = grpcMessage.map(GRPCStatusCode.decodeMessage)
        }
    }
}
