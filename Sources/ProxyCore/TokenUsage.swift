/// Token counts for one modality, from `promptTokensDetails` and its siblings.
package struct ModalityTokenCount: Sendable, Hashable, Codable {
    package var modality: String
    package var tokenCount: Int

    package init(modality: String, tokenCount: Int) {
        self.modality = modality
        self.tokenCount = tokenCount
    }
}

/// The `usageMetadata` block of a Gemini response, with both dialects' fields.
///
/// Arithmetic, per the Vertex and Developer API protos: `promptTokens` *includes* `cachedContentTokens`,
/// `candidatesTokens` *excludes* `thoughtsTokens`, and
/// `totalTokens = prompt + candidates + thoughts (+ toolUsePrompt)`.
package struct TokenUsage: Sendable, Hashable, Codable {
    package var promptTokens: Int = 0
    package var candidatesTokens: Int = 0
    package var thoughtsTokens: Int = 0
    package var cachedContentTokens: Int = 0
    package var toolUsePromptTokens: Int = 0
    package var totalTokens: Int = 0
    /// `ON_DEMAND`, `ON_DEMAND_FLEX`, `ON_DEMAND_PRIORITY`, `PROVISIONED_THROUGHPUT` (Vertex only).
    package var trafficType: String?
    package var promptDetails: [ModalityTokenCount] = []
    package var candidatesDetails: [ModalityTokenCount] = []
    package var cacheDetails: [ModalityTokenCount] = []
    package var toolUsePromptDetails: [ModalityTokenCount] = []

    package init() {}

    /// Whether any token count was present (Vertex's intermediate chunks carry only `trafficType`).
    package var hasCounts: Bool {
        promptTokens != 0 || candidatesTokens != 0 || thoughtsTokens != 0 || totalTokens != 0
            || cachedContentTokens != 0 || toolUsePromptTokens != 0
    }
}
