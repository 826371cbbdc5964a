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

    /// The start-up thresholds are set through glibc's `mallopt`, except those the environment
    /// sets itself; `GLIBC_TUNABLES` leaves the allocator alone.
    @Test func thresholdsYieldToTheEnvironment() {
        #if canImport(Glibc)
        let both = ["MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_"]
        #expect(MemoryTrim.fixThresholds(environment: { _ in nil }) == both)
        #expect(MemoryTrim.fixThresholds(environment: { $0 == "MALLOC_TRIM_THRESHOLD_" ? "65536" : nil }) == ["MALLOC_MMAP_THRESHOLD_"])
        #expect(MemoryTrim.fixThresholds(environment: { $0 == "MALLOC_ARENA_MAX" ? "2" : nil }) == both)
        #expect(MemoryTrim.fixThresholds(environment: { $0 == "GLIBC_TUNABLES" ? "glibc.malloc.arena_max=2" : nil }).isEmpty)
        #endif
    }
}
