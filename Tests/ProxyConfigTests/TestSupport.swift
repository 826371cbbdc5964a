#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ProxyConfig

/// Helpers shared by the ProxyConfig tests.
enum TestSupport {
    /// The problems `load(yaml:)` reports for `yaml`, as `(keyPath, line, message)`; empty when it loads.
    static func problems(_ yaml: String) -> [Reported] {
        do {
            _ = try ProxyConfiguration.load(yaml: yaml, source: "test.yaml")
            return []
        } catch {
            return error.problems.map { Reported($0.keyPath, $0.line, $0.message) }
        }
    }

    /// The repository (or throwaway package) root: the nearest directory above `filePath`
    /// holding both `Package.swift` and `config/outrigger.yaml`.
    static func repositoryRoot(from filePath: String = #filePath) -> String? {
        var directory = filePath
        while let slash = directory.lastIndex(of: "/"), slash != directory.startIndex {
            directory = String(directory[..<slash])
            if exists(directory + "/Package.swift"), exists(directory + "/config/outrigger.yaml") {
                return directory
            }
        }
        return nil
    }

    /// Whether a file exists at `path`.
    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// Writes `bytes` to a new temporary file and returns its path; the caller removes it.
    static func temporaryFile(_ bytes: [UInt8]) -> String {
        var template = Array("/tmp/outrigger-config-test-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        precondition(descriptor >= 0, "mkstemp failed")
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        precondition(written == bytes.count, "short write")
        close(descriptor)
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Removes a file made by ``temporaryFile(_:)``.
    static func remove(_ path: String) {
        unlink(path)
    }
}

/// One reported problem, without its source, for compact expectations.
struct Reported: Equatable, CustomStringConvertible {
    let keyPath: String
    let line: Int?
    let message: String

    init(_ keyPath: String, _ line: Int?, _ message: String) {
        self.keyPath = keyPath
        self.line = line
        self.message = message
    }

    var description: String { "\(line.map(String.init) ?? "-"): \(keyPath): \(message)" }
}
