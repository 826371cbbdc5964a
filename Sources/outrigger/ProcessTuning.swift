#if canImport(Glibc)
import CMalloc
import Glibc
#endif

/// Process-wide settings that must be made before the first thread starts. Measured in
/// docs/benchmarks.md ("Memory: allocator thresholds and export buffers").
enum ProcessTuning {
    /// Applies the allocator settings.
    static func apply() {
        tuneMalloc()
    }

    /// glibc's allocator: a fixed 128 KiB threshold for returning the top of the heap and for
    /// using `mmap`. glibc otherwise raises both after the first large buffer is freed (up to
    /// 32 MiB), and freed payloads and queue arrays then stay resident. A threshold the
    /// environment sets (`MALLOC_TRIM_THRESHOLD_`, `MALLOC_MMAP_THRESHOLD_`) is kept, and with
    /// `GLIBC_TUNABLES` set nothing is changed. Capping the arenas at 2 as well saved about
    /// 4 MiB more and cost about a tenth of the closed-loop rate (lock waits), so it is left to
    /// `MALLOC_ARENA_MAX`.
    private static func tuneMalloc() {
        #if canImport(Glibc)
        guard getenv("GLIBC_TUNABLES") == nil else { return }
        if getenv("MALLOC_TRIM_THRESHOLD_") == nil { _ = mallopt(M_TRIM_THRESHOLD, 128 << 10) }
        if getenv("MALLOC_MMAP_THRESHOLD_") == nil { _ = mallopt(M_MMAP_THRESHOLD, 128 << 10) }
        #endif
    }
}
