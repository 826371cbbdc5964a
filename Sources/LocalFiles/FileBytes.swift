#if canImport(Glibc)
import Glibc
#endif

/// Whole-file reads for the small files the server keeps an eye on (the config, the rules' state).
package enum FileBytes {
    /// The file's bytes, up to `limit`; nil when it cannot be opened.
    package static func read(_ path: String, limit: Int = 64 << 20) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < limit {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return bytes
    }
}
