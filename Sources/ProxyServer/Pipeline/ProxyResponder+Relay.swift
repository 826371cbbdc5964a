import AsyncHTTPClient
import Hummingbird
import Logging
import NIOHTTP1
import ProxyConfig
import ProxyCore
import UpstreamClient

extension ProxyResponder {
    /// Stage 6: answers with the upstream's status and headers, relays the body chunk by chunk
    /// (keeping copies for the tap), then hands the call to the ``CallProcessor``.
    func relay(_ response: HTTPClientResponse, settings: ProxySettings, _ head: PendingCall) -> Response {
        var head = head
        head.status = Int(response.status.code)
        head.outcome = (200..<300).contains(head.status) ? .ok : .upstreamError
        head.contentEncoding = response.headers.first(name: "content-encoding")
        let contentLength = response.headers.first(name: "content-length").flatMap { Int($0) }
        let relay = responseRelay(settings, head)
        let processor = self.processor
        let logger = self.logger
        let pendingHead = head
        return Response(
            status: .init(code: head.status, reasonPhrase: response.status.reasonPhrase),
            headers: HeaderPolicy.clientResponseHeaders(from: response.headers),
            body: ResponseBody(contentLength: contentLength) { writer in
                var pending = pendingHead
                let result = await relay.relay(response.body, to: &writer)
                pending.record(result, logger: logger)
                processor.submit(pending)
                if result.clientGone || result.upstreamFailure != nil {
                    // The response is incomplete: closing the connection is the only honest signal left.
                    throw RelayAborted()
                }
                try await writer.finish(nil)
            }
        )
    }
}

extension ProxyResponder {
    /// The relay for one call: its total deadline, the tap limit and the shutdown deadline.
    func responseRelay(_ settings: ProxySettings, _ head: PendingCall) -> ResponseRelay {
        ResponseRelay(totalDeadline: head.start + settings.timeouts.total, tapLimit: settings.maxResponseTapBytes, drain: drain)
    }
}

extension PendingCall {
    /// Takes what the relay saw: timings, bytes, the tap, and how it ended.
    mutating func record(_ result: ResponseRelay.Result, logger: Logger) {
        end = .now
        firstChunkAt = result.firstChunkAt
        responseBytes = result.bytes
        responseChunks = result.tapped
        tapTruncated = result.tapTruncated
        if result.clientGone {
            outcome = .clientDisconnected
            logger.debug("client went away mid-response", metadata: logMetadata(["error": .string(result.clientError ?? "")]))
        } else if let failure = result.upstreamFailure {
            outcome = failure.isTimeout ? .timeout : .connectFailed
            errorMessage = "upstream failed mid-response: \(failure)"
            logger.warning("upstream failed mid-response", metadata: logMetadata(["error": .string(failure.description)]))
        }
    }
}

/// Thrown from a response body when the relay could not complete; Hummingbird closes the connection.
struct RelayAborted: Error {}
