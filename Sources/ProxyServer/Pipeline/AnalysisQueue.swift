import NIOConcurrencyHelpers

/// The bounded hand-off from the event loops to the analysis thread.
///
/// A push is a lock, an append and a condition broadcast (free when nobody waits); the consumer
/// takes everything queued at once and sleeps only when the queue is empty. Under load that is
/// far fewer thread wake-ups than resuming a task per call.
final class AnalysisQueue<Item: Sendable>: @unchecked Sendable {
    /// 1 while there are items or the queue is finished, else 0. Guards `items` and `finished`.
    private let condition = ConditionLock<Int>(value: 0)
    private var items: [Item] = []
    private var finished = false
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Queues an item without waiting.
    /// - Returns: false when the queue is full or finished (the item is dropped).
    func push(_ item: Item) -> Bool {
        condition.lock()
        guard !finished, items.count < capacity else {
            condition.unlock()
            return false
        }
        items.append(item)
        condition.unlock(withValue: 1)
        return true
    }

    /// Items waiting.
    var depth: Int {
        condition.lock()
        defer { condition.unlock() }
        return items.count
    }

    /// Accepts no more items; the consumer returns once it has handled what is queued.
    func finish() {
        condition.lock()
        finished = true
        condition.unlock(withValue: 1)
    }

    /// Hands every batch of queued items to `handle`, on the calling thread, until ``finish()``
    /// has been called and the queue is empty. Blocks while the queue is empty.
    func consume(_ handle: ([Item]) -> Void) {
        while true {
            condition.lock(whenValue: 1)
            let batch = items
            items.removeAll(keepingCapacity: true)
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
