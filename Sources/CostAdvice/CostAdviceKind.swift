/// What a piece of cost advice is about, as a stable, label-safe code.
package struct CostAdviceKind: Sendable, Hashable, Comparable, CustomStringConvertible {
    private enum Code: String, Sendable, Hashable {
        case contextCaching = "context_caching"
        case responseCaching = "response_caching"
        case outputCap = "output_cap"
        case maxTokensTruncation = "max_tokens_truncation"
        case cheaperModel = "cheaper_model"
        case catalogInPrompt = "catalog_in_prompt"
    }

    private let kind: Code

    private init(_ kind: Code) {
        self.kind = kind
    }

    /// Repeated leading content that context caching would bill at the cached price.
    package static let contextCaching = CostAdviceKind(.contextCaching)
    /// Identical prompts whose answers a response cache would reuse.
    package static let responseCaching = CostAdviceKind(.responseCaching)
    /// A few calls run far longer than the rest; a `maxOutputTokens` cap would stop them.
    package static let outputCap = CostAdviceKind(.outputCap)
    /// Many calls stop at `MAX_TOKENS`, paying for cut-off answers.
    package static let maxTokensTruncation = CostAdviceKind(.maxTokensTruncation)
    /// A model scores high enough that the next cheaper one may do.
    package static let cheaperModel = CostAdviceKind(.cheaperModel)
    /// A product listing is pasted into most prompts.
    package static let catalogInPrompt = CostAdviceKind(.catalogInPrompt)

    /// The code, e.g. `context_caching`.
    package var code: String { kind.rawValue }

    package var description: String { code }

    package static func < (lhs: CostAdviceKind, rhs: CostAdviceKind) -> Bool { lhs.code < rhs.code }
}
