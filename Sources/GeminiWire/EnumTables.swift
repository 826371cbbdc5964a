package import JSON
package import ProxyCore

/// Names of the Gemini enums that `$alt=json;enum-encoding=int` sends as integers.
///
/// Follows docs/reference gemini.md §6 ("Enum values"); index 0 uses the proto's own `…_UNSPECIFIED` name,
/// which is what the string encoding sends, so both encodings yield the same text.
/// Values missing from a table map to `UNKNOWN_<n>`.
package enum EnumTables {
    /// `Candidate.FinishReason` in `google.cloud.aiplatform.v1`.
    static let vertexFinishReasons = [
        "FINISH_REASON_UNSPECIFIED", "STOP", "MAX_TOKENS", "SAFETY", "RECITATION", "OTHER", "BLOCKLIST",
        "PROHIBITED_CONTENT", "SPII", "MALFORMED_FUNCTION_CALL", "MODEL_ARMOR",
    ]

    /// `Candidate.FinishReason` in `google.ai.generativelanguage.v1beta`; differs from Vertex from 6 on.
    static let geminiAPIFinishReasons = [
        "FINISH_REASON_UNSPECIFIED", "STOP", "MAX_TOKENS", "SAFETY", "RECITATION", "OTHER", "LANGUAGE",
        "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "MALFORMED_FUNCTION_CALL", "IMAGE_SAFETY",
        "UNEXPECTED_TOOL_CALL", "TOO_MANY_TOOL_CALLS", "IMAGE_PROHIBITED_CONTENT", "IMAGE_OTHER", "NO_IMAGE",
        "IMAGE_RECITATION",
    ]

    /// `GenerateContentResponse.PromptFeedback.BlockedReason` in aiplatform v1 (5 and 6 are Vertex-only).
    static let vertexBlockReasons = [
        "BLOCKED_REASON_UNSPECIFIED", "SAFETY", "OTHER", "BLOCKLIST", "PROHIBITED_CONTENT", "MODEL_ARMOR",
        "JAILBREAK",
    ]

    /// `GenerateContentResponse.PromptFeedback.BlockReason` in generativelanguage v1beta (5 differs).
    static let geminiAPIBlockReasons = [
        "BLOCK_REASON_UNSPECIFIED", "SAFETY", "OTHER", "BLOCKLIST", "PROHIBITED_CONTENT", "IMAGE_SAFETY",
    ]

    /// `UsageMetadata.TrafficType` (Vertex only).
    static let trafficTypes = [
        "TRAFFIC_TYPE_UNSPECIFIED", "ON_DEMAND", "PROVISIONED_THROUGHPUT", "ON_DEMAND_PRIORITY", "ON_DEMAND_FLEX",
    ]

    /// `Modality` of `ModalityTokenCount`, shared by both APIs.
    static let modalities = ["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "VIDEO", "AUDIO", "DOCUMENT"]

    /// `google.rpc.Code`, for an error `status` sent as an integer.
    static let rpcCodes = [
        "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
        "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
        "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
    ]

    /// The name of a finish reason under `dialect`.
    /// - Parameters:
    ///   - value: A finish reason as sent: name string or integer.
    ///   - dialect: Which API's numbering applies; `.other` maps only the values both APIs share (0–5).
    package static func finishReason(_ value: JSONValue, dialect: Dialect) -> String? {
        name(value, in: finishReasons(dialect))
    }

    /// The name of a prompt block reason under `dialect`.
    /// - Parameters:
    ///   - value: A block reason as sent: name string or integer.
    ///   - dialect: Which API's numbering applies; `.other` maps only the values both APIs share (0–4).
    package static func blockReason(_ value: JSONValue, dialect: Dialect) -> String? {
        name(value, in: blockReasons(dialect))
    }

    /// The name of a traffic type.
    /// - Parameters:
    ///   - value: A traffic type as sent: name string or integer.
    package static func trafficType(_ value: JSONValue) -> String? { name(value, in: trafficTypes) }

    /// The name of a modality.
    /// - Parameters:
    ///   - value: A modality as sent: name string or integer.
    package static func modality(_ value: JSONValue) -> String? { name(value, in: modalities) }

    /// The name of a `google.rpc.Code`.
    /// - Parameters:
    ///   - value: A status as sent: name string or integer.
    package static func rpcCode(_ value: JSONValue) -> String? { name(value, in: rpcCodes) }

    /// A string passes through; a whole number is looked up in `table`, else `UNKNOWN_<n>`; anything else is `nil`.
    private static func name(_ value: JSONValue, in table: some RandomAccessCollection<String>) -> String? {
        switch value {
        case .string(let text):
            return text
        case .number:
            guard let number = value.intValue else { return nil }
            return name(number: number, in: table)
        default:
            return nil
        }
    }

    /// The name at `number` in `table`, else `UNKNOWN_<n>`.
    static func name(number: Int, in table: some RandomAccessCollection<String>) -> String {
        guard number >= 0, number < table.count else { return "UNKNOWN_\(number)" }
        return table[table.index(table.startIndex, offsetBy: number)]
    }
}
