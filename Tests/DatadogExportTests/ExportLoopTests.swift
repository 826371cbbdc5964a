@testable import DatadogExport
import Foundation
import NIOCore
import NIOPosix
import Synchronization
import Testing

/// The exporters' intake is bounded in bytes from offer until the writer releases what it sent.
@Suite struct ExportLoopTests {
    @Test func bytesAreHeldUntilReleased() {
        let loop = ExportLoop<Int>(capacity: 100, maxBytes: 1_000)
        #expect(loop.offer(1, bytes: 600))
        #expect(!loop.offer(2, bytes: 600), "over the byte bound")
        #expect(loop.bytes == 600 && loop.depth == 1)
        loop.release(600)
        #expect(loop.offer(3, bytes: 600) && loop.bytes == 600)
    }

    @Test func aSpanIsCountedByItsStrings() {
        let small = APMSpan(
            traceID: 1, spanID: 1, parentID: 0, name: "n", resource: "r", service: "s", type: "llm", start: 0, duration: 1,
            error: false, meta: [:], metrics: [:])
        var large = small
        large.meta["prompt"] = String(repeating: "x", count: 10_000)
        #expect(large.approximateBytes - small.approximateBytes >= 10_000)
    }
}

/// The run loop takes items in batches: one wake-up per batch window, not one per item.
@Suite struct ExportLoopBatchingTests {
    @Test(arguments: [false, true]) func itemsOfferedOneByOneAreIngestedInFewBatches(onEventLoops: Bool) async throws {
        let timer: (any EventLoopGroup)? = onEventLoops ? MultiThreadedEventLoopGroup.singleton : nil
        let loop = ExportLoop<Int>(capacity: 10_000, batchWindow: .milliseconds(50), timer: timer)
        let seen = Counter()
        loop.setIngest { _ in seen.add() }
        let runner = Task { await loop.run(interval: .seconds(60), flush: { loop.drain() }) }
        try await Task.sleep(for: .milliseconds(20))  // the loop parks on the empty intake
        for item in 0..<500 {
            #expect(loop.offer(item))
            if item % 100 == 0 { try await Task.sleep(for: .milliseconds(1)) }
        }
        try await waitUntil { seen.value == 500 }
        #expect(loop.batches < 50, "500 items in \(loop.batches) batches: the loop woke per item")
        runner.cancel()
        await runner.value
    }

    @Test func finishIngestsWhatIsQueuedAndRefusesMore() async throws {
        let loop = ExportLoop<Int>(capacity: 100, batchWindow: .milliseconds(5))
        let seen = Counter()
        for item in 0..<10 { #expect(loop.offer(item)) }
        loop.finish()
        #expect(!loop.offer(99), "an item after finish is refused")
        loop.setIngest { _ in seen.add() }
        let runner = Task { await loop.run(interval: .seconds(60), flush: { loop.drain() }) }
        await runner.value
        #expect(seen.value == 10)
    }

    /// A writer's flush drains the intake first, so it sends what was offered before it even
    /// while the run loop is still waiting out its batch window.
    @Test func drainIngestsWhatIsQueuedAtOnce() async throws {
        let loop = ExportLoop<Int>(capacity: 100, batchWindow: .seconds(30))
        let seen = Counter()
        loop.setIngest { _ in seen.add() }
        let runner = Task { await loop.run(interval: .seconds(60), flush: { loop.drain() }) }
        try await Task.sleep(for: .milliseconds(20))
        for item in 0..<3 { #expect(loop.offer(item)) }
        loop.drain()
        #expect(seen.value == 3 && loop.depth == 0)
        runner.cancel()
        await runner.value
    }

    /// Draining must not make the next ingest call any deeper (a closure kept in a `Mutex` was
    /// re-wrapped on every drain, and the CPU per call grew with the calls served).
    @Test func theIngestCallStaysAsDeepAfterManyDrains() {
        let loop = ExportLoop<Int>(capacity: 10)
        let depths = Mutex<[Int]>([])
        loop.setIngest { _ in
            let depth = Thread.callStackSymbols.count
            depths.withLock { $0.append(depth) }
        }
        _ = loop.offer(1)
        loop.drain()
        for item in 0..<1_000 {
            _ = loop.offer(item)
            loop.drain()
        }
        let recorded = depths.withLock { $0 }
        #expect(recorded.count == 1_001)
        #expect(recorded.first == recorded.last, "stack depth \(recorded.first ?? 0) → \(recorded.last ?? 0)")
    }

    @Test func anItemOverCapacityIsRefused() {
        let loop = ExportLoop<Int>(capacity: 2)
        #expect(loop.offer(1) && loop.offer(2))
        #expect(!loop.offer(3))
        #expect(loop.depth == 2)
    }

    private func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<500 where !condition() { try await Task.sleep(for: .milliseconds(10)) }
        #expect(condition())
    }
}

private final class Counter: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
