import ServiceLifecycle
import Synchronization

/// The batching half of an exporter (STYLE: exporters = batcher + transport): a bounded intake
/// the request path offers to without waiting, and a run loop that ingests items as they come
/// and flushes on a timer, then once more at graceful shutdown.
final class ExportLoop<Item: Sendable>: Sendable {
    private let stream: AsyncStream<Item>
    private let continuation: AsyncStream<Item>.Continuation
    private let queued = Atomic<Int>(0)
    private let heldBytes = Atomic<Int>(0)
    /// Bytes of items offered and not yet released by the writer (queued, pending or being sent).
    let maxBytes: Int

    /// - Parameters:
    ///   - capacity: items queued at most before `offer` starts dropping.
    ///   - maxBytes: bytes held at most, from `offer` until the writer ``release(_:)``s them
    ///     after sending or dropping the items.
    init(capacity: Int, maxBytes: Int = .max) {
        (stream, continuation) = AsyncStream.makeStream(of: Item.self, bufferingPolicy: .bufferingOldest(capacity))
        self.maxBytes = maxBytes
    }

    /// Items offered but not yet ingested.
    var depth: Int { queued.load(ordering: .relaxed) }

    /// Bytes held now.
    var bytes: Int { heldBytes.load(ordering: .relaxed) }

    /// Enqueues without waiting.
    /// - Parameter bytes: what the item keeps in memory until it is released.
    /// - Returns: false when the item was dropped (queue full in items or bytes, or shut down).
    func offer(_ item: Item, bytes: Int = 0) -> Bool {
        if heldBytes.add(bytes, ordering: .relaxed).newValue > maxBytes {
            heldBytes.subtract(bytes, ordering: .relaxed)
            return false
        }
        // Count first, so the ingest side never sees the item before it is counted.
        queued.add(1, ordering: .relaxed)
        if case .enqueued = continuation.yield(item) { return true }
        queued.subtract(1, ordering: .relaxed)
        heldBytes.subtract(bytes, ordering: .relaxed)
        return false
    }

    /// Gives back the bytes of items sent or dropped after they were offered.
    func release(_ bytes: Int) {
        if bytes > 0 { heldBytes.subtract(bytes, ordering: .relaxed) }
    }

    /// Runs until graceful shutdown, then drains the queue and flushes a last time.
    /// - Parameters:
    ///   - interval: time between flushes.
    ///   - ingest: called for each item, in order, on one task.
    ///   - flush: called every `interval` and once at the end.
    func run(interval: Duration, ingest: @escaping @Sendable (Item) -> Void, flush: @escaping @Sendable () async -> Void) async {
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { tasks in
                tasks.addTask {
                    for await item in self.stream {
                        self.queued.subtract(1, ordering: .relaxed)
                        ingest(item)
                    }
                }
                tasks.addTask {
                    while true {
                        // A cancelled sleep means shutdown: leave without flushing from a cancelled
                        // task (its sends would fail); the final flush below sends what is pending.
                        do { try await Task.sleep(for: interval) } catch { return }
                        await flush()
                    }
                }
                await tasks.next()  // the intake ends when graceful shutdown finishes the stream
                tasks.cancelAll()
            }
        } onGracefulShutdown: {
            self.continuation.finish()
        }
        await flush()
    }
}
