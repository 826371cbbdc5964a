import AsyncAlgorithms
import AsyncHTTPClient
import Hummingbird
import NIOCore
import Synchronization
import UpstreamClient

/// Relays an upstream response body to the client chunk by chunk, as each chunk arrives.
///
/// A pump task reads the upstream body into a one-slot channel (so a slow client slows the
/// upstream read instead of growing a buffer); a watchdog task fails the channel when the idle
/// or total timeout passes. Leaving the relay cancels both, which cancels the upstream call.
/// Copies of the chunks are kept (by reference, up to `tapLimit` bytes) for decoding after the
/// last byte, off the request's critical path.
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
    }

    let idleTimeout: Duration
    let totalDeadline: ContinuousClock.Instant
    let tapLimit: Int

    func relay(_ body: HTTPClientResponse.Body, to writer: inout any ResponseBodyWriter) async -> Result {
        let channel = AsyncThrowingChannel<ByteBuffer, any Error>()
        let activity = ActivityClock()
        var result = Result()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    for try await chunk in body {
                        activity.touch()
                        await channel.send(chunk)
                    }
                    channel.finish()
                } catch {
                    channel.fail(UpstreamFailure.classify(error))
                }
            }
            group.addTask { [idleTimeout, totalDeadline] in
                await Self.watch(channel: channel, activity: activity, idle: idleTimeout, total: totalDeadline)
            }
            do {
                for try await chunk in channel {
                    if result.firstChunkAt == nil { result.firstChunkAt = .now }
                    result.bytes += chunk.readableBytes
                    do {
                        try await writer.write(chunk)
                    } catch {
                        result.clientGone = true
                        break
                    }
                    activity.touch()
                    tap(chunk, into: &result)
                }
            } catch {
                result.upstreamFailure = UpstreamFailure.classify(error)
            }
            group.cancelAll()
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

    /// Fails the channel with a timeout once no chunk moved for `idle`, or at `total`.
    private static func watch(
        channel: AsyncThrowingChannel<ByteBuffer, any Error>, activity: ActivityClock,
        idle: Duration, total: ContinuousClock.Instant
    ) async {
        while !Task.isCancelled {
            let idleDeadline = activity.last + idle
            let wake = min(idleDeadline, total)
            do {
                try await Task.sleep(until: wake, clock: .continuous)
            } catch {
                return  // cancelled: the relay is over
            }
            let now = ContinuousClock.now
            if now >= total {
                channel.fail(UpstreamFailure(kind: .totalTimeout, message: "the call exceeded the total timeout"))
                return
            }
            if now - activity.last >= idle {
                channel.fail(UpstreamFailure(kind: .idleTimeout, message: "no bytes from the upstream for \(idle)"))
                return
            }
        }
    }
}

/// The last time a chunk moved, readable from the watchdog task without locks.
final class ActivityClock: Sendable {
    private let origin = ContinuousClock.now
    private let offset = Atomic<Int64>(0)

    func touch() {
        let elapsed = ContinuousClock.now - origin
        offset.store(elapsed.nanoseconds, ordering: .relaxed)
    }

    var last: ContinuousClock.Instant {
        origin + .nanoseconds(offset.load(ordering: .relaxed))
    }
}
