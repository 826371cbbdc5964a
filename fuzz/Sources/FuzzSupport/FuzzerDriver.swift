#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CLibFuzzer

/// Runs libFuzzer's driver over `target` with the process's arguments, then exits with its status.
///
/// SwiftPM renames an executable's entry point to `<module>_main` and links `main` to it, so
/// libFuzzer's own `main` is never pulled in; each target's `@main` calls this instead
/// (`LLVMFuzzerRunDriver`, https://llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library).
/// - Parameters:
///   - target: The fuzz target: called once per input with its bytes, returns 0.
package func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv, target)
    exit(status)
}
