#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator, reached through symbols looked up at run time (a no-op where there are
/// none): its trim and mmap thresholds fixed at start-up, and `malloc_trim(0)` run every second.
/// glibc keeps what every thread freed in that thread's arena, so after a burst RSS stays at the
/// burst's peak unless memory is handed back (docs/benchmarks.md, "Memory: allocator thresholds
/// and export buffers").
package enum MemoryTrim {
    private typealias Trim = @convention(c) (Int) -> Int32
    private typealias Option = @convention(c) (Int32, Int32) -> Int32

    private static func symbol<T>(_ name: String, as type: T.Type) -> T? {
        #if canImport(Glibc)
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
        #else
        return nil
        #endif
    }

    private static let trim: Trim? = symbol("malloc_trim", as: Trim.self)

    /// Whether this platform can trim.
    static var isAvailable: Bool { trim != nil }

    /// Returns free memory to the kernel; true when some was.
    @discardableResult
    static func run() -> Bool {
        (trim?(0) ?? 0) != 0
    }

    /// The thresholds fixed at start-up, with their `mallopt` parameters (glibc's malloc.h).
    static let thresholds: [(variable: String, parameter: Int32)] = [
        ("MALLOC_TRIM_THRESHOLD_", -1),  // M_TRIM_THRESHOLD
        ("MALLOC_MMAP_THRESHOLD_", -3),  // M_MMAP_THRESHOLD
    ]

    /// Fixes glibc's trim and mmap thresholds at 128 KiB; call before any thread starts. glibc
    /// otherwise raises both after the first large buffer is freed (up to 32 MiB), and freed
    /// payloads and queue arrays then stay resident. A threshold the environment sets is kept,
    /// and with `GLIBC_TUNABLES` set nothing is changed. Capping the arenas at 2 as well saved
    /// about 4 MiB more and cost about a tenth of the closed-loop rate (lock waits), so that is
    /// left to `MALLOC_ARENA_MAX`.
    /// - Parameter environment: looks up a variable (the process environment by default).
    /// - Returns: the variables whose threshold was set here.
    @discardableResult
    package static func fixThresholds(environment: (String) -> String? = { getenv($0).map { String(cString: $0) } }) -> [String] {
        guard environment("GLIBC_TUNABLES") == nil, let option = symbol("mallopt", as: Option.self) else { return [] }
        var fixed: [String] = []
        for (variable, parameter) in thresholds where environment(variable) == nil && option(parameter, 128 << 10) == 1 {
            fixed.append(variable)
        }
        return fixed
    }
}
