import ProtoWire
package import ProxyCore

extension GRPCMessageEncoder {
    /// A `GenerateContentResponse` with one candidate (index 0, role `model`).
    /// - Parameters:
    ///   - dialect: Which API's field numbers and enum numbers to use.
    ///   - text: The candidate's text, as one part; none when empty.
    ///   - finishReason: A finish reason name (`STOP`, `MAX_TOKENS`, `UNKNOWN_<n>`); nil, or a name the
    ///     dialect does not have, leaves it out, as on an intermediate stream chunk.
    ///   - usage: The `usage_metadata` block, if any (`trafficType` on Vertex, tool-use count on the
    ///     Developer API; each dialect drops what it does not have).
    ///   - modelVersion: `model_version`, if any.
    ///   - responseId: `response_id`, if any.
    package static func generateContentResponse(
        dialect: Dialect, text: String, finishReason: String? = nil, usage: TokenUsage? = nil,
        modelVersion: String? = nil, responseId: String? = nil
    ) -> [UInt8] {
        guard let fields = GRPCFields.of(dialect) else { return [] }
        var writer = ProtoWriter()
        writer.message(fields.response.candidates) { candidate in
            candidate.message(fields.candidate.content, content((role: "model", texts: text.isEmpty ? [] : [text]), fields: fields))
            if let finishReason, let number = EnumTables.finishReasonNumber(finishReason, dialect: dialect) {
                candidate.int(fields.candidate.finishReason, Int64(number))
            }
        }
        if let usage {
            writer.message(fields.response.usage, usageMetadata(usage, fields: fields.usage))
        }
        writer.string(fields.response.modelVersion, modelVersion ?? "")
        writer.string(fields.response.responseId, responseId ?? "")
        return writer.bytes
    }

    /// `UsageMetadata` with every count and detail list the dialect has.
    static func usageMetadata(_ usage: TokenUsage, fields: GRPCFields.Usage) -> [UInt8] {
        var writer = ProtoWriter()
        writer.int(fields.prompt, Int64(Int32(clamping: usage.promptTokens)))
        writer.int(fields.candidates, Int64(Int32(clamping: usage.candidatesTokens)))
        writer.int(fields.total, Int64(Int32(clamping: usage.totalTokens)))
        writer.int(fields.cached, Int64(Int32(clamping: usage.cachedContentTokens)))
        writer.int(fields.thoughts, Int64(Int32(clamping: usage.thoughtsTokens)))
        if fields.toolUsePrompt != 0 {
            writer.int(fields.toolUsePrompt, Int64(Int32(clamping: usage.toolUsePromptTokens)))
        }
        if fields.trafficType != 0, let name = usage.trafficType, let number = EnumTables.trafficTypeNumber(name) {
            writer.int(fields.trafficType, Int64(number))
        }
        let details = [
            (fields.promptDetails, usage.promptDetails), (fields.candidatesDetails, usage.candidatesDetails),
            (fields.cacheDetails, usage.cacheDetails), (fields.toolUsePromptDetails, usage.toolUsePromptDetails),
        ]
        for (field, counts) in details {
            for count in counts {
                writer.message(field) { entry in
                    entry.int(1, Int64(EnumTables.modalityNumber(count.modality) ?? 0))
                    entry.int(2, Int64(Int32(clamping: count.tokenCount)))
                }
            }
        }
        return writer.bytes
    }
}
