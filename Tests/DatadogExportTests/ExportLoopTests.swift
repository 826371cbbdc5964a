@testable import DatadogExport
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
