import ArgumentParser
import ProxyConfig

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shared configuration handling for subcommands.
enum ConfigLoading {
    /// Loads the file (or the defaults), applies documented environment variables, and exits
    /// with code 64 and one line per problem when the configuration is invalid.
    static func load(path: String?) throws -> ProxyConfiguration {
        do {
            let base = try path.map { path throws(ConfigurationError) in try ProxyConfiguration.load(path: path) } ?? .default
            return try base.applyingEnvironment(currentEnvironment())
        } catch {
            printError(error.description)
            throw ExitCode(64)
        }
    }

    /// Parses a `host:port` flag value, exiting with a clear message if it is malformed.
    static func listenAddress(_ value: String, flag: String) throws -> ListenAddress {
        do {
            return try ListenAddress(parsing: value)
        } catch {
            printError("\(flag): \(error)")
            throw ExitCode(64)
        }
    }

    static func currentEnvironment() -> [String: String] {
        var env: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(cString: entry)
            if let eq = pair.firstIndex(of: "=") {
                env[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            pointer += 1
        }
        return env
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    writeAll(message + "\n", to: 2)
}

/// Writes a line to standard output and flushes, so parent processes see it at once.
func printLine(_ message: String) {
    writeAll(message + "\n", to: 1)
}

/// Writes the whole string to a file descriptor, unbuffered.
private func writeAll(_ text: String, to fd: Int32) {
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n <= 0 { return }
            offset += n
        }
    }
}
