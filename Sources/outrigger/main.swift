import NIOCore
import NIOPosix
import ProxyServer

// Swift Concurrency runs on NIO's event loops, so a request's handler, the upstream client and
// the listeners share threads instead of hopping between NIO and the concurrency pool on every
// await. Measured in docs/benchmarks.md. It must happen before any task starts; the allocator
// settings before any thread starts.
MemoryTrim.fixThresholds()
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

await Outrigger.runFromCommandLine()
