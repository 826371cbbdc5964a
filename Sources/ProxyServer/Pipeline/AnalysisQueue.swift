import NIOConcurrencyHelpers

/// The bounded hand-off from the event loops to the analysis thread, bounded in items and in
/// bytes.
///
/// A push is a lock, an append and a condition broadcast (free when nobody waits); the consumer
/// takes everything queued at once and sleeps only when the queue is empty. Under load that is
/// far fewer thread wake-ups than resuming a task per call. An item's bytes stay counted until
/// the consumer ``release(_:)``s them after handling it, so the bound covers the batch being
/// worked on as well as the items waiting.
final class AnalysisQueue<Item: Sendable>: @unchecked Sendable {
    /// 1 while there are items or the queue is finished, else 0. Guards every field below.
    private let condition = ConditionLock<Int>(value: 0)
    private var items: [(item: Item, bytes: Int)] = []
    private var finished = false
    private var heldBytes = 0
    private var peak = 0
    let capacity: Int
    let maxBytes: Int

    /// - Parameters:
    ///   - capacity: items waiting at most.
    ///   - maxBytes: bytes held at most, waiting or being handled.
    init(capacity: Int, maxBytes: Int = .max) {
        self.capacity = max(1, capacity)
        self.maxBytes = max(1, maxBytes)
    }

    /// Queues an item that holds `bytes` without waiting.
    /// - Returns: false when the queue is full (in items or bytes) or finished; the item is not queued.
    func push(_ item: Item, bytes: Int = 0) -> Bool {
        condition.lock()
        guard !finished, items.count < capacity, heldBytes + bytes <= maxBytes else {
            condition.unlock()
            return false
        }
        items.append((item, bytes))
        heldBytes += bytes
        peak = max(peak, heldBytes)
        condition.unlock(withValue: 1)
        return true
    }

    /// Gives back the bytes of an item the consumer has handled.
    func release(_ bytes: Int) {
        guard bytes > 0 else { return }
        condition.lock()
        heldBytes -= bytes
        condition.unlock(withValue: items.isEmpty && !finished ? 0 : 1)
    }

    /// Items waiting.
    var depth: Int {
        condition.lock()
        defer { condition.unlock() }
        return items.count
    }

    /// Bytes held now (waiting or being handled) and the most held at once.
    var bytes: (held: Int, peak: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (heldBytes, peak)
    }

    /// Accepts no more items; the consumer returns once it has handled what is queued.
    func finish() {
        condition.lock()
        finished = true
        condition.unlock(withValue: 1)
    }

    /// Hands every batch of queued items (with their bytes) to `handle`, on the calling thread,
    /// until ``finish()`` has been called and the queue is empty. Blocks while the queue is empty.
    func consume(_ handle: ([(item: Item, bytes: Int)]) -> Void) {
        while true {
            condition.lock(whenValue: 1)
            let batch = items
            // Not `removeAll(keepingCapacity:)`: `batch` shares the storage, so that would
            // allocate a second array as large as the deepest queue ever was, on every batch.
            items = []
            let done = finished
            condition.unlock(withValue: done ? 1 : 0)
            if batch.isEmpty {
                if done { return }
                continue
            }
            handle(batch)
        }
    }
}
