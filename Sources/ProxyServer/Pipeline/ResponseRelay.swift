import AsyncHTTPClient
import Hummingbird
import NIOCore
import UpstreamClient

/// Relays an upstream response body to the client chunk by chunk, as each chunk arrives.
///
/// The loop reads the next upstream chunk only after the previous one was written, so a slow
/// client slows the upstream read (backpressure) instead of growing a buffer. Silence from the
/// upstream is bounded by the client's idle read timeout (`upstream.timeouts.idle`); the total
/// deadline is checked after every chunk, so it fires at most one idle period late. Copies of
/// the chunks are kept (by reference, up to `tapLimit` bytes) for decoding after the last byte.
///
/// There are no helper tasks: leaving the loop drops the body iterator, which cancels the
/// upstream request.
struct ResponseRelay {
    /// What happened while relaying.
    struct Result {
        var bytes = 0
        var firstChunkAt: ContinuousClock.Instant?
        var tapped: [ByteBuffer] = []
        var tappedBytes = 0
        var tapTruncated = false
        var upstreamFailure: UpstreamFailure?
        var clientGone = false
        /// Why writing to the client failed, for the log.
        var clientError: String?
    }

    let totalDeadline: ContinuousClock.Instant
    let tapLimit: Int
    /// The end of the shutdown grace period, once shutdown has begun.
    var drain: DrainDeadline? = nil

    func relay(_ body: HTTPClientResponse.Body, to writer: inout any ResponseBodyWriter) async -> Result {
        var result = Result()
        do {
            for try await chunk in body {
                if result.firstChunkAt == nil { result.firstChunkAt = .now }
                result.bytes += chunk.readableBytes
                do {
                    try await writer.write(chunk)
                } catch {
                    result.clientGone = true
                    result.clientError = String(describing: error)
                    break
                }
                tap(chunk, into: &result)
                if ContinuousClock.now >= totalDeadline {
                    result.upstreamFailure = UpstreamFailure(kind: .totalTimeout, message: "the call exceeded the total timeout")
                    break
                }
                if let drain, drain.hasPassed {
                    result.upstreamFailure = UpstreamFailure(
                        kind: .totalTimeout, message: "cut at the end of the shutdown grace period (lifecycle.shutdown_grace_period)"
                    )
                    break
                }
            }
        } catch {
            result.upstreamFailure = UpstreamFailure.classify(error)
        }
        return result
    }

    private func tap(_ chunk: ByteBuffer, into result: inout Result) {
        guard !result.tapTruncated else { return }
        if result.tappedBytes + chunk.readableBytes > tapLimit {
            result.tapTruncated = true
            return
        }
        result.tappedBytes += chunk.readableBytes
        result.tapped.append(chunk)
    }
}
