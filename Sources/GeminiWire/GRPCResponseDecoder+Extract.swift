import JSON
import ProtoWire
import ProxyCore

/// Pulls out of each response message what ``ResponseDecoder`` takes from the equivalent JSON chunk
/// (gemini.md §3, §6). proto3 does not tell a zero from an absent field, and its JSON mapping omits both, so
/// a zero enum, count or empty string here is treated as absent, as the JSON path sees it.
extension GRPCResponseDecoder {
    /// What one `GenerateContentResponse` contributes; folded in only when the whole message decodes.
    private struct Chunk {
        var modelVersion = ""
        var text = ""
        var thoughtChars = 0
        var toolCalls: [PromptToolCall] = []
        var finishReasons: [String] = []
        var blockReason: String?
        var usage: TokenUsage?
    }

    /// Folds one message into the summary; a malformed one is noted and skipped.
    /// - Parameters:
    ///   - message: One decompressed message.
    mutating func absorb(_ message: [UInt8]) {
        guard let fields else {
            summary.chunkCount += 1
            return
        }
        do throws(ProtoError) {
            switch operation {
            case .generateContent, .streamGenerateContent:
                fold(try chunk(ProtoReader(message), fields: fields))
            case .countTokens:
                let total = try countedTokens(ProtoReader(message), fields: fields)
                summary.chunkCount += 1
                if let total { summary.countedTokens = total }
            default:
                summary.chunkCount += 1
            }
        } catch {
            let name = operation == .countTokens ? "CountTokensResponse" : "GenerateContentResponse"
            noteProblem(error.inMessage(name).description)
        }
    }

    private mutating func fold(_ chunk: Chunk) {
        summary.chunkCount += 1
        if !chunk.modelVersion.isEmpty {
            let version = chunk.modelVersion
            summary.modelVersion = version.hasPrefix("models/") ? String(version.dropFirst(7)) : version
        }
        summary.text += chunk.text
        summary.thoughtChars += chunk.thoughtChars
        for call in chunk.toolCalls where summary.toolCalls.count < ResponseSummary.maxToolCalls {
            summary.toolCalls.append(call)
        }
        summary.finishReasons += chunk.finishReasons
        if let blockReason = chunk.blockReason { summary.blockReason = blockReason }
        if let usage = chunk.usage { usageRule.absorb(usage, into: &summary) }
    }

    private func chunk(_ reader: ProtoReader, fields: GRPCFields) throws(ProtoError) -> Chunk {
        var reader = reader
        var chunk = Chunk()
        let numbers = fields.response
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (numbers.candidates, .bytes(let candidate)):
                try absorbCandidate(candidate, fields: fields, into: &chunk)
            case (numbers.promptFeedback, .bytes(let feedback)):
                // PromptFeedback.block_reason = 1 in both dialects.
                var feedback = feedback
                while let (feedbackField, feedbackValue) = try feedback.next() {
                    if feedbackField == 1, let reason = feedbackValue.int32, reason != 0 {
                        chunk.blockReason = EnumTables.blockReason(number: Int(reason), dialect: dialect)
                    }
                }
            case (numbers.usage, .bytes(let usage)):
                var block = chunk.usage ?? TokenUsage()
                try Self.readUsage(usage, fields: fields.usage, into: &block)
                chunk.usage = block
            case (numbers.modelVersion, .bytes(let text)):
                chunk.modelVersion = text.string
            default:
                break
            }
        }
        return chunk
    }

    /// Candidate 0's text, thoughts and function calls, and every candidate's finish reason. Candidate 0 is
    /// the one whose `index` is 0, which may come after its content on the wire, hence two passes.
    private func absorbCandidate(_ reader: ProtoReader, fields: GRPCFields, into chunk: inout Chunk) throws(ProtoError) {
        var scan = reader
        var index: Int32 = 0
        var finishReason: Int32 = 0
        while let (field, value) = try scan.next() {
            switch field {
            case fields.candidate.index: index = value.int32 ?? index
            case fields.candidate.finishReason: finishReason = value.int32 ?? finishReason
            default: break
            }
        }
        if index == 0 {
            var contents = reader
            while let (field, value) = try contents.next() {
                if field == fields.candidate.content, let content = value.message {
                    try absorbContent(content, fields: fields, into: &chunk)
                }
            }
        }
        if finishReason != 0 {
            chunk.finishReasons.append(EnumTables.finishReason(number: Int(finishReason), dialect: dialect))
        }
    }

    private func absorbContent(_ reader: ProtoReader, fields: GRPCFields, into chunk: inout Chunk) throws(ProtoError) {
        var reader = reader
        while let (field, value) = try reader.next() {
            guard field == fields.content.parts, var part = value.message else { continue }
            // `data` is a oneof: the last of text and function_call on the wire is the part's.
            var text: ProtoReader?
            var call: ProtoReader?
            var thought = false
            while let (partField, partValue) = try part.next() {
                switch (partField, partValue) {
                case (fields.part.text, .bytes(let bytes)): (text, call) = (bytes, nil)
                case (fields.part.functionCall, .bytes(let bytes)): (text, call) = (nil, bytes)
                case (fields.part.inlineData, .bytes), (fields.part.fileData, .bytes),
                     (fields.part.functionResponse, .bytes):
                    (text, call) = (nil, nil)
                case (fields.part.thought, .varint(let flag)): thought = flag != 0
                default: break
                }
            }
            if let call, chunk.toolCalls.count < ResponseSummary.maxToolCalls {
                chunk.toolCalls.append(try GRPCRequestDecoder.toolCall(call, emptyPayload: .object([]), fields: fields))
            }
            guard let text else { continue }
            if thought {
                chunk.thoughtChars += text.remainingCount
            } else {
                chunk.text += text.string
            }
        }
    }

    /// `UsageMetadata`; a repeated block merges into the same one, as protobuf merges a repeated message field.
    private static func readUsage(
        _ reader: ProtoReader, fields: GRPCFields.Usage, into usage: inout TokenUsage
    ) throws(ProtoError) {
        var reader = reader
        while let (field, value) = try reader.next() {
            let count = value.int32.map { Int($0) }
            switch field {
            case fields.prompt: usage.promptTokens = count ?? usage.promptTokens
            case fields.candidates: usage.candidatesTokens = count ?? usage.candidatesTokens
            case fields.total: usage.totalTokens = count ?? usage.totalTokens
            case fields.cached: usage.cachedContentTokens = count ?? usage.cachedContentTokens
            case fields.thoughts: usage.thoughtsTokens = count ?? usage.thoughtsTokens
            case fields.toolUsePrompt: usage.toolUsePromptTokens = count ?? usage.toolUsePromptTokens
            case fields.trafficType:
                guard let count else { continue }
                usage.trafficType = count == 0 ? nil : EnumTables.trafficType(number: count)
            case fields.promptDetails: usage.promptDetails += try modalityCount(value)
            case fields.candidatesDetails: usage.candidatesDetails += try modalityCount(value)
            case fields.cacheDetails: usage.cacheDetails += try modalityCount(value)
            case fields.toolUsePromptDetails: usage.toolUsePromptDetails += try modalityCount(value)
            default: break
            }
        }
    }

    /// A `ModalityTokenCount` (modality=1, token_count=2 in both dialects), or none for another wire type.
    private static func modalityCount(_ value: ProtoReader.Value) throws(ProtoError) -> [ModalityTokenCount] {
        guard var reader = value.message else { return [] }
        var entry = ModalityTokenCount(modality: EnumTables.modality(number: 0), tokenCount: 0)
        while let (field, value) = try reader.next() {
            switch (field, value.int32) {
            case (1, let modality?): entry.modality = EnumTables.modality(number: Int(modality))
            case (2, let count?): entry.tokenCount = Int(count)
            default: break
            }
        }
        return [entry]
    }

    /// `CountTokensResponse.total_tokens` (1 in both dialects); nil when absent or zero, as in its JSON.
    private func countedTokens(_ reader: ProtoReader, fields: GRPCFields) throws(ProtoError) -> Int? {
        var reader = reader
        var total: Int32 = 0
        while let (field, value) = try reader.next() {
            if field == fields.countResponse.totalTokens, let count = value.int32 { total = count }
        }
        return total == 0 ? nil : Int(total)
    }
}
