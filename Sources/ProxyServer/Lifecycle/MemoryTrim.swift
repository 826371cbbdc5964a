#if canImport(Glibc)
import Glibc
#endif

/// Hands freed heap memory back to the kernel: glibc keeps what every thread freed in that
/// thread's arena, so after a burst RSS stays at the burst's peak (docs/benchmarks.md). Calls
/// glibc's `malloc_trim(0)`, looked up at run time; a no-op where there is none.
enum MemoryTrim {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    /// Whether this platform can trim.
    static var isAvailable: Bool { trim != nil }

    /// Returns free memory to the kernel; true when some was.
    @discardableResult
    static func run() -> Bool {
        (trim?(0) ?? 0) != 0
    }
}
