import ServiceLifecycle

/// The batching half of an exporter (STYLE: exporters = batcher + transport): a bounded intake
/// the request path offers to without waiting, and a run loop that ingests items as they come
/// and flushes on a timer, then once more at graceful shutdown.
struct ExportLoop<Item: Sendable>: Sendable {
    private let stream: AsyncStream<Item>
    private let continuation: AsyncStream<Item>.Continuation

    /// - Parameter capacity: items queued at most before `offer` starts dropping.
    init(capacity: Int) {
        (stream, continuation) = AsyncStream.makeStream(of: Item.self, bufferingPolicy: .bufferingOldest(capacity))
    }

    /// Enqueues without waiting.
    /// - Returns: the free capacity left, or nil when the item was dropped.
    func offer(_ item: Item) -> Int? {
        switch continuation.yield(item) {
        case .enqueued(let remaining): remaining
        case .dropped, .terminated: nil
        @unknown default: nil
        }
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
                    for await item in stream { ingest(item) }
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
            continuation.finish()
        }
        await flush()
    }
}
