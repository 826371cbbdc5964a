#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file writes that never leave half a file: the bytes go to `path.tmp`, which is then
/// renamed over `path` (rename is atomic within one file system).
package enum AtomicFile {
    /// Why a write failed; the old file, if any, is untouched.
    package struct WriteError: Error, CustomStringConvertible {
        package let path: String
        package let errno: Int32
        package var description: String {
            "cannot write \(path) (errno \(errno)); check that its directory exists and is writable"
        }
    }

    /// Replaces the file at `path` with `bytes`.
    package static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let temporary = path + ".tmp"
        guard let file = fopen(temporary, "wb") else { throw WriteError(path: temporary, errno: errno) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file) == 0
        guard written == bytes.count, closed, rename(temporary, path) == 0 else {
            let error = WriteError(path: path, errno: errno)
            unlink(temporary)
            throw error
        }
    }
}
