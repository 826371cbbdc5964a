#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends to a file, creating it when missing (the call log).
package enum AppendFile {
    /// Appends `bytes` to the file at `path`.
    /// - Parameters:
    ///   - bytes: What to append.
    ///   - path: The file.
    /// - Returns: The file's size after the write.
    package static func append(_ bytes: [UInt8], to path: String) throws(AtomicFile.WriteError) -> Int {
        guard let file = fopen(path, "ab") else { throw AtomicFile.WriteError(path: path, errno: errno) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let size = ftell(file)
        guard fclose(file) == 0, written == bytes.count else { throw AtomicFile.WriteError(path: path, errno: errno) }
        return size
    }
}
