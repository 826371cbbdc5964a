@testable import ProxyServer
import Synchronization
import Testing

@Suite struct AnalysisQueueTests {
    @Test func deliversEverythingInOrderThenEndsAfterFinish() async throws {
        let queue = AnalysisQueue<Int>(capacity: 10_000)
        let seen = Mutex<[Int]>([])
        let consumer = Task.detached { queue.consume { batch in seen.withLock { $0 += batch.map(\.item) } } }
        for i in 0..<5_000 { #expect(queue.push(i)) }
        queue.finish()
        await consumer.value
        #expect(seen.withLock { $0 } == Array(0..<5_000))
        #expect(!queue.push(1), "a finished queue takes nothing")
    }

    @Test func aFullQueueRefusesWithoutWaiting() {
        let queue = AnalysisQueue<Int>(capacity: 3)
        #expect(queue.push(1) && queue.push(2) && queue.push(3))
        #expect(!queue.push(4))
        #expect(queue.depth == 3)
    }

    @Test func theByteBoundCoversWaitingAndHandledItemsUntilReleased() {
        let queue = AnalysisQueue<Int>(capacity: 100, maxBytes: 1_000)
        #expect(queue.push(1, bytes: 600))
        #expect(!queue.push(2, bytes: 600), "over the byte bound")
        #expect(queue.push(3, bytes: 400))
        var taken: [(item: Int, bytes: Int)] = []
        queue.finish()
        queue.consume { taken += $0 }
        #expect(taken.map(\.item) == [1, 3])
        #expect(queue.bytes.held == 1_000, "taken but not yet handled: still held")
        queue.release(600)
        #expect(queue.bytes == (held: 400, peak: 1_000))
    }
}
