#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopback port that refuses connections for as long as this is open: a TCP socket bound to
/// 127.0.0.1 on an ephemeral port, never listening, so a connect gets a reset and no other
/// server (another test running at the same time) can be given the port. A port found free and
/// closed again can be handed to the next server that binds port 0; this one cannot.
package final class ClosedPort: Sendable {
    package let port: Int
    private let descriptor: Int32

    package init() throws(ClosedPortError) {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ClosedPortError(step: "socket", code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                bind(fd, raw, length) == 0 && getsockname(fd, raw, &length) == 0
            }
        }
        guard bound else {
            let code = errno
            _ = close(fd)
            throw ClosedPortError(step: "bind", code: code)
        }
        descriptor = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Gives the port back; call it when the test no longer needs the port refused.
    package func release() {
        _ = close(descriptor)
    }
}

/// Reserving a closed port failed at `step` with `errno` `code`; the machine is out of sockets or
/// ports, so free some and run the test again.
package struct ClosedPortError: Error, CustomStringConvertible {
    package let step: String
    package let code: Int32
    package var description: String { "reserving a closed loopback port failed at \(step) (errno \(code)); free sockets or ports and retry" }
}
