#if canImport(Glibc)
import CMalloc
import Glibc
#endif

/// Process-wide settings that must be made before the first thread starts. Measured in
/// docs/benchmarks.md ("Allocator settings").
enum ProcessTuning {
    /// Applies the allocator settings.
    static func apply() {
        tuneMalloc()
    }

    /// glibc's allocator, unless the environment already sets it (`MALLOC_ARENA_MAX`,
    /// `GLIBC_TUNABLES`, …): a fixed 128 KiB threshold for returning the top of the heap and for
    /// using `mmap`. glibc otherwise raises both after the first large buffer is freed (up to
    /// 32 MiB), and freed payloads and queue arrays then stay resident. Capping the arenas at 2
    /// as well saved no more memory and cost about a tenth of the closed-loop rate (lock waits).
    private static func tuneMalloc() {
        #if canImport(Glibc)
        for name in ["MALLOC_ARENA_MAX", "MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "GLIBC_TUNABLES"] where getenv(name) != nil {
            return
        }
        _ = mallopt(M_TRIM_THRESHOLD, 128 << 10)
        _ = mallopt(M_MMAP_THRESHOLD, 128 << 10)
        #endif
    }
}
