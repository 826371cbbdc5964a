package import ProxyCore

/// The same tables for protobuf, where enums are always numbers: number → name for the gRPC decoders,
/// name → number for the gRPC encoders.
extension EnumTables {
    /// The finish reason tables of `dialect`; `.other` gets the values both APIs share (0–5).
    static func finishReasons(_ dialect: Dialect) -> ArraySlice<String> {
        switch dialect {
        case .vertex: vertexFinishReasons[...]
        case .geminiAPI: geminiAPIFinishReasons[...]
        case .other: vertexFinishReasons.prefix(6)
        }
    }

    /// The block reason table of `dialect`; `.other` gets the values both APIs share (0–4).
    static func blockReasons(_ dialect: Dialect) -> ArraySlice<String> {
        switch dialect {
        case .vertex: vertexBlockReasons[...]
        case .geminiAPI: geminiAPIBlockReasons[...]
        case .other: vertexBlockReasons.prefix(5)
        }
    }

    /// The name of finish reason `number` under `dialect`, else `UNKNOWN_<n>`.
    package static func finishReason(number: Int, dialect: Dialect) -> String {
        name(number: number, in: finishReasons(dialect))
    }

    /// The name of block reason `number` under `dialect`, else `UNKNOWN_<n>`.
    package static func blockReason(number: Int, dialect: Dialect) -> String {
        name(number: number, in: blockReasons(dialect))
    }

    /// The name of traffic type `number`, else `UNKNOWN_<n>`.
    package static func trafficType(number: Int) -> String { name(number: number, in: trafficTypes) }

    /// The name of modality `number`, else `UNKNOWN_<n>`.
    package static func modality(number: Int) -> String { name(number: number, in: modalities) }

    /// The number of finish reason `name` under `dialect`: its table index, or `n` for `UNKNOWN_<n>`.
    package static func finishReasonNumber(_ name: String, dialect: Dialect) -> Int? {
        number(of: name, in: finishReasons(dialect))
    }

    /// The number of traffic type `name`: its table index, or `n` for `UNKNOWN_<n>`.
    package static func trafficTypeNumber(_ name: String) -> Int? { number(of: name, in: trafficTypes[...]) }

    /// The number of modality `name`: its table index, or `n` for `UNKNOWN_<n>`.
    package static func modalityNumber(_ name: String) -> Int? { number(of: name, in: modalities[...]) }

    private static func number(of name: String, in table: ArraySlice<String>) -> Int? {
        if let index = table.firstIndex(of: name) { return index - table.startIndex }
        guard name.hasPrefix("UNKNOWN_") else { return nil }
        return Int(name.dropFirst("UNKNOWN_".count))
    }
}
