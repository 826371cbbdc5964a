/// A gRPC message stream that cannot be split into messages.
///
/// ``description`` says what is wrong; ``code`` is a label-safe name for metric tags.
package struct GRPCFramingError: Error, Hashable, CustomStringConvertible {
    private enum Code: String {
        case messageTooLarge = "message_too_large"
        case truncated
        case invalidFlag = "invalid_compressed_flag"
        case unsupportedEncoding = "unsupported_encoding"
        case corruptCompression = "corrupt_compression"
    }

    private let kind: Code
    package let description: String

    private init(_ kind: Code, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// A label-safe name of the problem (no values in it).
    package var code: String { kind.rawValue }

    /// A length prefix above the limit.
    static func messageTooLarge(_ length: UInt32, limit: Int) -> GRPCFramingError {
        GRPCFramingError(.messageTooLarge, "message length \(length) exceeds the limit of \(limit) bytes")
    }

    /// A compressed message that inflates beyond the limit.
    static func decompressedTooLarge(limit: Int) -> GRPCFramingError {
        GRPCFramingError(.messageTooLarge, "decompressed message exceeds the limit of \(limit) bytes")
    }

    /// The stream ended inside a message: `received` of `expected` bytes.
    static func truncated(received: Int, of expected: Int, header: Bool) -> GRPCFramingError {
        let unit = header ? "header bytes" : "bytes"
        return GRPCFramingError(.truncated, "message truncated: \(received) of \(expected) \(unit)")
    }

    /// A compressed flag other than 0 or 1.
    static func invalidFlag(_ flag: UInt8) -> GRPCFramingError {
        GRPCFramingError(.invalidFlag, "compressed flag \(flag) is neither 0 nor 1")
    }

    /// A compressed message whose `grpc-encoding` cannot be decompressed.
    static func unsupportedEncoding(_ encoding: String?) -> GRPCFramingError {
        let name = encoding.map { "\"\($0)\"" } ?? "absent"
        return GRPCFramingError(.unsupportedEncoding, "compressed message, but grpc-encoding is \(name)")
    }

    /// A compressed message zlib cannot inflate, or that ends early.
    static func corruptCompression(_ detail: String) -> GRPCFramingError {
        let reason = detail.hasPrefix("corrupt compressed body: ") ? String(detail.dropFirst(25)) : detail
        return GRPCFramingError(.corruptCompression, "corrupt compressed message: \(reason)")
    }
}
