import CostAdvice
import Pricing
import ProxyCore

/// Scripted calls for the advisor tests.
enum Traffic {
    /// 2025-06-15T15:06:40Z: an arbitrary fixed start, not on an hour boundary.
    static let start = 1_750_000_000.0

    /// One call, priced with the built-in table.
    static func call(
        at time: Double,
        model: String = "gemini-2.5-flash",
        dialect: Dialect = .geminiAPI,
        system: String? = nil,
        user: String,
        promptTokens: Int,
        cachedTokens: Int = 0,
        candidates: Int = 50,
        thoughts: Int = 0,
        finishReason: String = "STOP",
        quality: Double? = nil,
        temperature: Double? = nil,
        requestBytes: Int
    ) -> CostObservation {
        var usage = TokenUsage()
        usage.promptTokens = promptTokens
        usage.cachedContentTokens = cachedTokens
        usage.candidatesTokens = candidates
        usage.thoughtsTokens = thoughts
        usage.totalTokens = promptTokens + candidates + thoughts
        var prompt = PromptSummary()
        if let system { prompt.messages.append(PromptMessage(role: "system", content: system)) }
        prompt.messages.append(PromptMessage(role: "user", content: user))
        prompt.temperature = temperature
        return CostObservation(
            time: time,
            dialect: dialect,
            model: model,
            usage: usage,
            cost: PriceTable.default.cost(of: usage, model: model, dialect: dialect),
            prompt: prompt,
            finishReasons: [finishReason],
            responseTextLength: candidates * 4,
            qualityScore: quality,
            requestBytes: requestBytes
        )
    }

    /// A product listing of exactly `bytes` ASCII bytes: one line per product, each with a
    /// 10-character id such as `B000000042`.
    static func catalog(bytes: Int) -> String {
        var text = "Product catalog. Answer only about these products.\n"
        var index = 0
        while text.utf8.count < bytes {
            let digits = String(index)
            let id = "B" + String(repeating: "0", count: 9 - digits.count) + digits
            text += "\(id) | ceramic mug model \(index), glazed, 350 ml | 12.99 USD | in stock\n"
            index += 1
        }
        return String(text.prefix(bytes))
    }

    /// About `bytes` bytes of plain prose, different for each seed from its first character on.
    static func prose(bytes: Int, seed: Int) -> String {
        var text = "Session \(seed). You are a helpful assistant for a small shop; be brief and kind. "
        while text.utf8.count < bytes { text += "Answer politely, cite the policy, and never invent facts \(seed). " }
        return String(text.prefix(bytes))
    }
}
