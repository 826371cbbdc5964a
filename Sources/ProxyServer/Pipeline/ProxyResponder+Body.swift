import HTTPTypes
import Hummingbird
import NIOCore
import ProxyCore

extension ProxyResponder {
    /// Stage 2: the body, capped at `limits.max_request_body` (a declared length over it is refused
    /// before reading). A client that goes away mid-body is recorded, and the error rethrown.
    func readBody(_ request: Request, settings: ProxySettings, _ pending: inout PendingCall) async throws -> Stage<ByteBuffer> {
        let limit = settings.maxRequestBodyBytes
        do {
            if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
                throw NIOTooManyBytesError(maxBytes: limit)
            }
            let body = try await request.body.collect(upTo: limit)
            pending.requestBody = body
            pending.requestBytes = body.readableBytes
            return .next(body)
        } catch is NIOTooManyBytesError {
            return .answer(finishLocally(&pending, ProxyErrorResponse.tooLarge(limit: limit), outcome: .tooLarge))
        } catch {
            pending.errorMessage = "reading the request body failed: \(error)"
            pending.outcome = .clientDisconnected
            pending.status = 499
            pending.end = .now
            processor.submit(pending)
            throw error
        }
    }
}
