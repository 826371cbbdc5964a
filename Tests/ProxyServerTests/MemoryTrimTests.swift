@testable import ProxyServer
import Testing

/// The periodic trim finds glibc's `malloc_trim` at run time (its effect is measured by
/// bench/run.sh: RSS at the end of the run, docs/benchmarks.md).
@Suite struct MemoryTrimTests {
    @Test func glibcTrimIsFoundAndRuns() {
        #if canImport(Glibc)
        #expect(MemoryTrim.isAvailable)
        var blocks: [[UInt8]] = (0..<2_000).map { _ in [UInt8](repeating: 1, count: 4_096) }
        blocks.removeAll()
        _ = MemoryTrim.run()
        #expect(blocks.isEmpty)
        #endif
    }
}
