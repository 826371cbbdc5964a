#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a configuration file with POSIX calls, keeping Foundation out of the module.
enum ConfigFile {
    /// Configuration files larger than this are refused.
    static let maximumBytes = 1 << 20

    /// The file's text.
    /// - Parameters:
    ///   - path: The file's path.
    /// - Throws: ``ConfigurationError`` when the file is missing, unreadable, too large or not UTF-8.
    static func contents(of path: String) throws(ConfigurationError) -> String {
        func failure(_ reason: String) -> ConfigurationError {
            .unreadable(source: path, message: "cannot read the config file: \(reason)")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(describe(errno: errno)) }
        defer { close(descriptor) }

        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                throw failure(describe(errno: code))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            guard bytes.count <= maximumBytes else { throw failure("the file is larger than 1 MiB") }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw failure("the file is not UTF-8 text")
        }
        return text
    }

    /// A short phrase for the common `open`/`read` errors, else the system's message.
    private static func describe(errno code: Int32) -> String {
        switch code {
        case ENOENT: "file not found"
        case EACCES: "permission denied"
        case EISDIR: "it is a directory"
        default: String(cString: strerror(code))
        }
    }
}
