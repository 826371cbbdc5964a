import AsyncHTTPClient
import NIOCore

/// Why an upstream call failed before or while its response was relayed.
package struct UpstreamFailure: Error, Sendable, CustomStringConvertible {
    /// Label-safe failure kinds.
    package enum Kind: String, Sendable {
        /// No connection could be made (refused, DNS, TLS handshake).
        case connect
        /// The connection was reset or closed mid-response.
        case reset
        /// The connect timeout fired.
        case connectTimeout = "connect_timeout"
        /// No response head arrived within the first-byte timeout.
        case firstByteTimeout = "first_byte_timeout"
        /// No body bytes arrived within the idle timeout.
        case idleTimeout = "idle_timeout"
        /// The whole call exceeded the total timeout.
        case totalTimeout = "total_timeout"
        /// Anything else.
        case other
    }

    package var kind: Kind
    /// A short, credential-free description.
    package var message: String

    package init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    package var isTimeout: Bool {
        switch kind {
        case .connectTimeout, .firstByteTimeout, .idleTimeout, .totalTimeout: true
        default: false
        }
    }

    package var description: String { "\(kind.rawValue): \(message)" }

    /// Maps an AsyncHTTPClient or NIO error to a failure kind.
    package static func classify(_ error: any Error) -> UpstreamFailure {
        if let failure = error as? UpstreamFailure { return failure }
        if let http = error as? HTTPClientError {
            switch http {
            case .connectTimeout: return .init(kind: .connectTimeout, message: "connecting to the upstream timed out")
            case .deadlineExceeded: return .init(kind: .firstByteTimeout, message: "the upstream sent no response in time")
            case .readTimeout: return .init(kind: .idleTimeout, message: "the upstream stopped sending")
            case .remoteConnectionClosed: return .init(kind: .reset, message: "the upstream closed the connection")
            case .cancelled: return .init(kind: .other, message: "the upstream call was cancelled")
            default: return .init(kind: .other, message: "upstream HTTP error: \(http.shortDescription)")
            }
        }
        if error is ChannelError {
            return .init(kind: .reset, message: "upstream connection error: \(error)")
        }
        if let io = error as? IOError {
            let kind: Kind = io.errnoCode == 104 /* ECONNRESET */ || io.errnoCode == 32 /* EPIPE */ ? .reset : .connect
            return .init(kind: kind, message: "upstream connection error: \(io.description)")
        }
        let text = String(describing: error)
        if text.contains("connect") || text.contains("Connect") || text.contains("TLS") || text.contains("SSL") {
            return .init(kind: .connect, message: "could not connect to the upstream: \(text)")
        }
        return .init(kind: .other, message: "upstream error: \(text)")
    }
}
