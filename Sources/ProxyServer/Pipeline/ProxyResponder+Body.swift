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
            let reservation = BodyReservation(bodyBudget)
            pending.bodyReservation = reservation
            var chunks = request.body.makeAsyncIterator()
            if let declared = request.headers[.contentLength].flatMap({ Int($0) }), !reservation.grow(to: declared) {
                return .answer(await refuseOverloaded(&pending, draining: &chunks))
            }
            var body = ByteBuffer()
            while let chunk = try await chunks.next() {
                let total = body.readableBytes + chunk.readableBytes
                if total > limit { throw NIOTooManyBytesError(maxBytes: limit) }
                guard reservation.grow(to: total) else { return .answer(await refuseOverloaded(&pending, draining: &chunks)) }
                if body.readableBytes == 0 { body = chunk } else { body.writeImmutableBuffer(chunk) }
            }
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

    /// A 503 with `Retry-After: 1` when request bodies in flight hold the whole budget. The rest
    /// of the body is read and dropped as it arrives (nothing is kept), so a client that sends its
    /// whole body before reading gets the answer; then the connection closes.
    private func refuseOverloaded(_ pending: inout PendingCall, draining chunks: inout RequestBody.AsyncIterator) async -> Response {
        pending.bodyReservation?.release()
        while (try? await chunks.next()) != nil {}
        var response = finishLocally(&pending, ProxyErrorResponse.overloaded(limit: bodyBudget.limit), outcome: .overloaded)
        response.headers[.retryAfter] = "1"
        response.headers[.connection] = "close"
        return response
    }
}
