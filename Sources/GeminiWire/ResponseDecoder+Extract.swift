import JSON
import ProxyCore

/// Pulls the fields Outrigger needs out of each decoded response object (gemini.md §3, §5, §6).
///
/// Keys are matched in both lowerCamel and snake_case spellings, integers may arrive as JSON strings, and
/// enums may arrive as integers (`$alt=json;enum-encoding=int`).
extension ResponseDecoder {
    /// Folds one decoded frame into the summary: an object, or an array of objects.
    /// - Parameters:
    ///   - value: A parsed frame.
    mutating func absorb(_ value: JSONValue) {
        switch value {
        case .object:
            absorbResponse(value)
        case .array(let elements):
            for element in elements {
                if case .object = element {
                    absorbResponse(element)
                } else {
                    noteProblem("array element is not a JSON object")
                }
            }
        default:
            noteProblem("frame is not a JSON object")
        }
    }

    /// One `GenerateContentResponse`, `CountTokensResponse` or `{"error": …}` object.
    private mutating func absorbResponse(_ response: JSONValue) {
        summary.chunkCount += 1
        if let error = response["error"] {
            absorbError(error)
            return
        }
        if let version = response["modelVersion"]?.stringValue, !version.isEmpty {
            summary.modelVersion = version.hasPrefix("models/") ? String(version.dropFirst(7)) : version
        }
        for candidate in response["candidates"]?.arrayValue ?? [] {
            absorbCandidate(candidate)
        }
        if let reason = response["promptFeedback"]?["blockReason"],
           let name = EnumTables.blockReason(reason, dialect: dialect) {
            summary.blockReason = name
        }
        if let usage = response["usageMetadata"] {
            absorbUsage(usage)
        }
        if let total = response["totalTokens"]?.intValue {
            summary.countedTokens = total
        }
    }

    /// Text and thoughts of candidate 0, and every candidate's finish reason.
    ///
    /// Candidate 0 is the one whose `index` is 0 or absent (proto3 JSON omits zero), not the first array
    /// element: with `candidateCount > 1` a stream chunk may carry only another candidate.
    private mutating func absorbCandidate(_ candidate: JSONValue) {
        if (candidate["index"]?.intValue ?? 0) == 0 {
            for part in candidate["content"]?["parts"]?.arrayValue ?? [] {
                if let call = part["functionCall"], summary.toolCalls.count < ResponseSummary.maxToolCalls {
                    summary.toolCalls.append(
                        PromptToolCall(
                            name: call["name"]?.stringValue ?? "", json: (call["args"] ?? .object([])).compactText,
                            id: call["id"]?.stringValue
                        )
                    )
                }
                guard let text = part["text"]?.stringValue else { continue }
                if part["thought"]?.boolValue == true {
                    summary.thoughtChars += text.utf8.count
                } else {
                    summary.text += text
                }
            }
        }
        if let reason = candidate["finishReason"], let name = EnumTables.finishReason(reason, dialect: dialect) {
            summary.finishReasons.append(name)
        }
    }

    /// `{"error": {"code", "status", "message"}}` (gemini.md §5); the first one seen is kept.
    private mutating func absorbError(_ error: JSONValue) {
        guard summary.error == nil else { return }
        let status = error["status"].flatMap(EnumTables.rpcCode) ?? ""
        let message = error["message"]?.stringValue ?? error.stringValue ?? ""
        summary.error = UpstreamErrorInfo(code: error["code"]?.intValue ?? 0, status: status, message: message)
    }

    /// One `usageMetadata` block, kept or not by ``UsageRule``.
    private mutating func absorbUsage(_ metadata: JSONValue) {
        var usage = TokenUsage()
        usage.promptTokens = metadata["promptTokenCount"]?.intValue ?? 0
        usage.candidatesTokens = metadata["candidatesTokenCount"]?.intValue ?? 0
        usage.thoughtsTokens = metadata["thoughtsTokenCount"]?.intValue ?? 0
        usage.cachedContentTokens = metadata["cachedContentTokenCount"]?.intValue ?? 0
        usage.toolUsePromptTokens = metadata["toolUsePromptTokenCount"]?.intValue ?? 0
        usage.totalTokens = metadata["totalTokenCount"]?.intValue ?? 0
        usage.trafficType = metadata["trafficType"].flatMap(EnumTables.trafficType)
        usage.promptDetails = Self.modalityCounts(metadata["promptTokensDetails"])
        usage.candidatesDetails = Self.modalityCounts(metadata["candidatesTokensDetails"])
        usage.cacheDetails = Self.modalityCounts(metadata["cacheTokensDetails"])
        usage.toolUsePromptDetails = Self.modalityCounts(metadata["toolUsePromptTokensDetails"])
        usageRule.absorb(usage, into: &summary)
    }

    /// `[{"modality": "TEXT" | 1, "tokenCount": N}]`; absent fields are proto3 zero values.
    private static func modalityCounts(_ details: JSONValue?) -> [ModalityTokenCount] {
        (details?.arrayValue ?? []).map { entry in
            ModalityTokenCount(
                modality: entry["modality"].flatMap(EnumTables.modality) ?? EnumTables.modalities[0],
                tokenCount: entry["tokenCount"]?.intValue ?? 0
            )
        }
    }
}
