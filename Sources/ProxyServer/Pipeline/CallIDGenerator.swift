import Synchronization

/// Per-process unique call ids: a random prefix chosen at start plus a counter, in hex.
final class CallIDGenerator: Sendable {
    private let prefix: String
    private let counter = Atomic<UInt64>(0)

    init() {
        prefix = String(UInt32.random(in: .min ... .max), radix: 16)
    }

    func next() -> String {
        let n = counter.add(1, ordering: .relaxed).newValue
        return prefix + "-" + String(n, radix: 16)
    }
}
