@testable import ProxyServer
import Synchronization
import Testing

@Suite struct AnalysisQueueTests {
    @Test func deliversEverythingInOrderThenEndsAfterFinish() async throws {
        let queue = AnalysisQueue<Int>(capacity: 10_000)
        let seen = Mutex<[Int]>([])
        let consumer = Task.detached { queue.consume { batch in seen.withLock { $0 += batch } } }
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
}
