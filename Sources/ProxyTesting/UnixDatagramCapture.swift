import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A Unix datagram socket that records what it receives, standing in for the Agent's
/// `dsd.socket`. It reads with plain POSIX calls on its own thread: NIO's datagram channel cannot
/// read from unbound (unnamed) Unix senders, which is what DogStatsD clients are.
package final class UnixDatagramCapture: Sendable {
    package let path: String
    private let fd: Int32
    private let received = Mutex<[String]>([])
    private let stopped = Atomic<Bool>(false)

    package init(path: String) throws {
        self.path = path
        unlink(path)
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw CaptureError(message: "socket() failed: \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw CaptureError(message: "bind(\(path)) failed: \(errno)") }
        var timeout = timeval(tv_sec: 0, tv_usec: 50_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let thread = Thread { [self] in self.readLoop() }
        thread.start()
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !stopped.load(ordering: .relaxed) {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n > 0 {
                let text = String(decoding: buffer[..<n], as: UTF8.self)
                received.withLock { $0.append(text) }
            }
        }
        close(fd)
        unlink(path)
    }

    /// Datagrams received so far.
    package var datagrams: [String] { received.withLock { $0 } }

    /// Every DogStatsD line received so far.
    package var lines: [String] { datagrams.flatMap { $0.split(separator: "\n").map(String.init) } }

    /// Waits until `predicate` holds for the lines received, up to `timeout`.
    package func wait(timeout: Duration = .seconds(5), until predicate: ([String]) -> Bool) async throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if predicate(lines) { return lines }
            try await Task.sleep(for: .milliseconds(20))
        }
        return lines
    }

    package func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    struct CaptureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
