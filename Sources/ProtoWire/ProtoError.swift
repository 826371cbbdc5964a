/// Bytes that are not valid protobuf, or a decoded value a message's rules refuse.
///
/// ``description`` says what is wrong and where; ``code`` is a label-safe name for metric tags.
package struct ProtoError: Error, Hashable, CustomStringConvertible {
    private enum Code: String {
        case truncated
        case varintTooLong = "varint_too_long"
        case lengthPastEnd = "length_past_end"
        case unsupportedWireType = "unsupported_wire_type"
        case invalidFieldNumber = "invalid_field_number"
        case nestingTooDeep = "nesting_too_deep"
        case invalidValue = "invalid_value"
    }

    private let kind: Code
    package let description: String

    private init(_ kind: Code, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// A label-safe name of the problem (no values in it).
    package var code: String { kind.rawValue }

    /// The message ends inside a key, a varint or a fixed-size value.
    package static func truncated(field: Int?, what: String) -> ProtoError {
        ProtoError(.truncated, Self.prefix(field) + "the message ends inside \(what)")
    }

    /// A varint longer than ten bytes.
    package static func varintTooLong(field: Int?) -> ProtoError {
        ProtoError(.varintTooLong, Self.prefix(field) + "a varint is longer than 10 bytes")
    }

    /// A length-delimited value longer than what is left of its message.
    package static func lengthPastEnd(field: Int, length: UInt64, remaining: Int) -> ProtoError {
        ProtoError(
            .lengthPastEnd,
            Self.prefix(field) + "a length runs past the end of the message (\(length) bytes, \(remaining) left)"
        )
    }

    /// Wire types 3 and 4 (groups) and 6, 7.
    package static func unsupportedWireType(_ wireType: UInt64, field: Int) -> ProtoError {
        ProtoError(.unsupportedWireType, "unsupported wire type \(wireType) for field \(field)")
    }

    /// Field number 0 or above 2²⁹ − 1.
    package static func invalidFieldNumber(_ number: UInt64) -> ProtoError {
        ProtoError(.invalidFieldNumber, "field number \(number) is outside 1...\(ProtoReader.maxFieldNumber)")
    }

    /// Messages nested deeper than a decoder allows.
    package static func nestingTooDeep(limit: Int) -> ProtoError {
        ProtoError(.nestingTooDeep, "messages are nested deeper than \(limit) levels")
    }

    /// A well-formed value that the message's own rules refuse.
    package static func invalidValue(_ detail: String) -> ProtoError {
        ProtoError(.invalidValue, detail)
    }

    /// The same error, its description prefixed `malformed <message>: `.
    /// - Parameters:
    ///   - message: The message type being decoded, e.g. `ListProductsResponse`.
    package func inMessage(_ message: String) -> ProtoError {
        ProtoError(kind, "malformed \(message): \(description)")
    }

    private static func prefix(_ field: Int?) -> String {
        field.map { "field \($0): " } ?? ""
    }
}
