/// Packs DogStatsD lines into datagrams of at most `maxBytes`, one message per line, never
/// splitting a message (datadog-go `statsd/buffer.go`).
package enum DatagramPacker {
    /// - Returns: the datagrams, and how many lines were dropped for being longer than `maxBytes`.
    package static func pack(_ lines: [String], maxBytes: Int) -> (datagrams: [[UInt8]], oversized: Int) {
        var datagrams: [[UInt8]] = []
        var current: [UInt8] = []
        var oversized = 0
        for line in lines {
            let bytes = Array(line.utf8)
            guard bytes.count <= maxBytes else {
                oversized += 1
                continue
            }
            if !current.isEmpty, current.count + 1 + bytes.count > maxBytes {
                datagrams.append(current)
                current = []
            }
            if !current.isEmpty { current.append(UInt8(ascii: "\n")) }
            current += bytes
        }
        if !current.isEmpty { datagrams.append(current) }
        return (datagrams, oversized)
    }
}
