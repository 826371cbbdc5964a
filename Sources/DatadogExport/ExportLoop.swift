import NIOCore
import ProxyCore
import ServiceLifecycle
import Synchronization

/// The batching half of an exporter (STYLE: exporters = batcher + transport): a bounded intake
/// the request path offers to without waiting, and a run loop that ingests items in batches and
/// flushes on a timer, then once more at graceful shutdown.
///
/// An offer appends under a lock and wakes the run loop only when it is parked on an empty
/// intake; once awake, the loop waits `batchWindow` before it takes everything queued. So the
/// exporter's task wakes at most once per window, whatever the call rate, instead of once per
/// item (an `AsyncStream` resumes its reader for every element, and each resume from the analysis
/// thread is a cross-thread wake-up of an event loop). Idle, it does not wake at all.
final class ExportLoop<Item: Sendable>: Sendable {
    private struct Intake {
        var items: [Item] = []
        var parked: CheckedContinuation<Void, Never>?
        var finished = false
    }

    private let intake = Mutex(Intake())
    /// The ingest function (``setIngest(_:)``); taking a batch and ingesting it happen under
    /// this lock, so items are ingested in order whoever drains them.
    /// (A closure held directly in a `Mutex` is re-wrapped in a reabstraction thunk on every
    /// `withLock`, so each drain made the next call one thunk deeper; the struct keeps it as is.)
    private let ingestor = Mutex<Ingest?>(nil)

    private struct Ingest: Sendable {
        let handle: @Sendable (Item) -> Void
    }
    private let heldBytes = Atomic<Int>(0)
    private let drains = Atomic<Int>(0)
    private let capacity: Int
    private let batchWindow: Duration
    /// Where the batch window is timed; without one, `Task.sleep` (Dispatch's timer threads).
    private let timer: (any EventLoopGroup)?
    /// Bytes of items offered and not yet released by the writer (queued, pending or being sent).
    let maxBytes: Int

    /// - Parameters:
    ///   - capacity: items queued at most before `offer` starts dropping.
    ///   - maxBytes: bytes held at most, from `offer` until the writer ``release(_:)``s them
    ///     after sending or dropping the items.
    ///   - batchWindow: how long the woken loop collects items before it ingests them.
    ///   - timer: event loops to time the window on, so that waiting wakes no other thread.
    init(capacity: Int, maxBytes: Int = .max, batchWindow: Duration = .milliseconds(20), timer: (any EventLoopGroup)? = nil) {
        self.capacity = max(1, capacity)
        self.maxBytes = maxBytes
        self.batchWindow = batchWindow
        self.timer = timer
    }

    /// Items offered but not yet ingested.
    var depth: Int { intake.withLock { $0.items.count } }

    /// Bytes held now.
    var bytes: Int { heldBytes.load(ordering: .relaxed) }

    /// Batches taken by the run loop so far (each one a wake-up of its task).
    var batches: Int { drains.load(ordering: .relaxed) }

    /// Enqueues without waiting.
    /// - Parameter bytes: what the item keeps in memory until it is released.
    /// - Returns: false when the item was dropped (queue full in items or bytes, or shut down).
    func offer(_ item: Item, bytes: Int = 0) -> Bool {
        if heldBytes.add(bytes, ordering: .relaxed).newValue > maxBytes {
            heldBytes.subtract(bytes, ordering: .relaxed)
            return false
        }
        let (accepted, wake) = intake.withLock { state -> (Bool, CheckedContinuation<Void, Never>?) in
            guard !state.finished, state.items.count < capacity else { return (false, nil) }
            state.items.append(item)
            defer { state.parked = nil }
            return (true, state.parked)
        }
        if !accepted { heldBytes.subtract(bytes, ordering: .relaxed) }
        wake?.resume()
        return accepted
    }

    /// Gives back the bytes of items sent or dropped after they were offered.
    func release(_ bytes: Int) {
        if bytes > 0 { heldBytes.subtract(bytes, ordering: .relaxed) }
    }

    /// Accepts no more items; the intake task ingests what is queued and ends.
    func finish() {
        let wake = intake.withLock { state -> CheckedContinuation<Void, Never>? in
            state.finished = true
            defer { state.parked = nil }
            return state.parked
        }
        wake?.resume()
    }

    /// Sets what is done with each item, in order: a writer sets it once it is initialised, so
    /// that a flush can drain the intake even before the run loop has started.
    func setIngest(_ ingest: @escaping @Sendable (Item) -> Void) {
        ingestor.withLock { $0 = Ingest(handle: ingest) }
    }

    /// Runs with the ingest function set by ``setIngest(_:)`` until graceful shutdown, which
    /// ingests what is queued; then flushes a last time.
    /// - Parameters:
    ///   - interval: time between flushes.
    ///   - flush: called every `interval` and once at the end; it starts with ``drain()``, so it
    ///     sends what was offered before it (the writers' flushes, also called on their own, do).
    func run(interval: Duration, flush: @escaping @Sendable () async -> Void) async {
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { tasks in
                tasks.addTask { await self.ingestBatches() }
                tasks.addTask {
                    while true {
                        // A cancelled sleep means shutdown: leave without flushing from a cancelled
                        // task (its sends would fail); the final flush below sends what is pending.
                        do { try await Task.sleep(for: interval) } catch { return }
                        await flush()
                    }
                }
                await tasks.next()  // the intake ends when graceful shutdown finishes it
                tasks.cancelAll()
            }
        } onGracefulShutdown: {
            self.finish()
        }
        await flush()
    }

    /// Ingests everything queued now, on the calling task (a writer's flush calls this first,
    /// so it sends what was offered before it, not only what the run loop took so far). Does
    /// nothing while no ingest function is set.
    /// - Returns: whether the intake was finished.
    @discardableResult
    func drain() -> Bool {
        ingestor.withLock { ingest in
            let (batch, finished) = intake.withLock { state -> ([Item], Bool) in
                guard ingest != nil else { return ([], state.finished) }
                var batch: [Item] = []
                swap(&batch, &state.items)
                return (batch, state.finished)
            }
            if !batch.isEmpty { drains.add(1, ordering: .relaxed) }
            if let ingest { for item in batch { ingest.handle(item) } }
            return finished
        }
    }

    /// Parks while the intake is empty; once woken, lets a batch gather, then ingests it whole.
    private func ingestBatches() async {
        while true {
            await withTaskCancellationHandler {
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    let ready = intake.withLock { state -> Bool in
                        if !state.items.isEmpty || state.finished { return true }
                        state.parked = continuation
                        return false
                    }
                    if ready { continuation.resume() }
                }
            } onCancel: {
                self.finish()
            }
            if !intake.withLock({ $0.finished }) { await waitOutBatchWindow() }
            // Finished is read with the batch taken, and a finished intake takes no more items.
            if drain() { return }
        }
    }

    private func waitOutBatchWindow() async {
        guard let timer else {
            try? await Task.sleep(for: batchWindow)
            return
        }
        try? await timer.any().scheduleTask(in: .nanoseconds(batchWindow.nanoseconds)) {}.futureResult.get()
    }
}
