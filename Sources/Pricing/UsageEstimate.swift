package import ProxyCore

/// Token usage that may be an estimate, for calls whose stream ended before `usageMetadata` arrived.
package struct UsageEstimate: Sendable, Hashable {
    /// Input bytes per token assumed for the request body.
    package static let bytesPerInputToken = 4
    /// Characters per token assumed for response text.
    package static let charactersPerOutputToken = 4

    /// The usage, reported or estimated.
    package var usage: TokenUsage
    /// Whether ``usage`` was estimated.
    package var isEstimated: Bool

    /// Usage and whether it is an estimate.
    /// - Parameters:
    ///   - usage: The token counts.
    ///   - isEstimated: Whether the counts were estimated.
    package init(usage: TokenUsage, isEstimated: Bool) {
        self.usage = usage
        self.isEstimated = isEstimated
    }

    /// Usage the upstream reported.
    /// - Parameters:
    ///   - usage: The response's last usage block.
    package static func reported(_ usage: TokenUsage) -> UsageEstimate {
        UsageEstimate(usage: usage, isEstimated: false)
    }

    /// An estimate for a stream that ended (client gone, upstream reset, timeout) before its final
    /// `usageMetadata`.
    ///
    /// The heuristic, always rounding up:
    /// - prompt tokens = request body bytes ÷ 4. The body is JSON, so keys, markup and base64 media
    ///   make this an overestimate for text prompts with media (an image is a few hundred tokens,
    ///   its base64 far more bytes);
    /// - candidate tokens = Unicode scalars of the response text seen ÷ 4, and thought tokens the
    ///   same for thought text. That is near the usual 4 characters per token for English and an
    ///   underestimate for scripts such as Chinese or Japanese, nearer 1 per character.
    ///
    /// When `seen` carries counts (the Developer API repeats a running `usageMetadata` on every
    /// chunk, gemini.md §0.5), its prompt, cached and tool-use counts replace the estimate, and each
    /// output count is the larger of the reported and the estimated one. `trafficType` is taken from
    /// `seen` (Vertex sends it on every chunk). No counts are cached; the total is the sum.
    /// - Parameters:
    ///   - requestBodyBytes: Size of the request body as sent upstream, uncompressed.
    ///   - responseText: Generated text seen so far, thought parts excluded.
    ///   - thoughtCharacters: Length of the thought text seen so far.
    ///   - seen: The last usage block seen, if any.
    package static func abortedStream(
        requestBodyBytes: Int,
        responseText: String,
        thoughtCharacters: Int = 0,
        seen: TokenUsage? = nil
    ) -> UsageEstimate {
        var usage = TokenUsage()
        usage.trafficType = seen?.trafficType
        let candidates = tokens(responseText.unicodeScalars.count, per: charactersPerOutputToken)
        let thoughts = tokens(thoughtCharacters, per: charactersPerOutputToken)
        if let seen, seen.promptTokens > 0 {
            usage.promptTokens = seen.promptTokens
            usage.cachedContentTokens = seen.cachedContentTokens
            usage.toolUsePromptTokens = seen.toolUsePromptTokens
        } else {
            usage.promptTokens = tokens(requestBodyBytes, per: bytesPerInputToken)
        }
        usage.candidatesTokens = max(candidates, seen?.candidatesTokens ?? 0)
        usage.thoughtsTokens = max(thoughts, seen?.thoughtsTokens ?? 0)
        usage.totalTokens = [
            usage.promptTokens, usage.candidatesTokens, usage.thoughtsTokens, usage.toolUsePromptTokens,
        ]
        .reduce(0, saturatingSum)
        return UsageEstimate(usage: usage, isEstimated: true)
    }

    /// `count ÷ per`, rounded up; zero for zero or negative counts.
    private static func tokens(_ count: Int, per unit: Int) -> Int {
        count <= 0 ? 0 : (count - 1) / unit + 1
    }
}
