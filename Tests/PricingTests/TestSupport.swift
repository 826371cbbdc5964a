import ProxyCore

extension TokenUsage {
    /// Usage with the counts a test cares about; `totalTokens` follows the gemini.md §3 arithmetic.
    static func make(
        prompt: Int = 0,
        cached: Int = 0,
        candidates: Int = 0,
        thoughts: Int = 0,
        toolUse: Int = 0,
        trafficType: String? = nil
    ) -> TokenUsage {
        var usage = TokenUsage()
        usage.promptTokens = prompt
        usage.cachedContentTokens = cached
        usage.candidatesTokens = candidates
        usage.thoughtsTokens = thoughts
        usage.toolUsePromptTokens = toolUse
        usage.totalTokens = prompt + candidates + thoughts + toolUse
        usage.trafficType = trafficType
        return usage
    }
}
