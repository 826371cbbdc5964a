import GeminiWire
import ProxyCore

/// A deterministic chatbot-style answer recommending catalog products, with its token counts.
struct MockAnswer: Sendable {
    var text: String
    /// Product IDs in the answer that are not in the catalog (the hallucination ground truth).
    var hallucinatedIDs: [String]
    var promptTokens: Int
    var candidatesTokens: Int

    var totalTokens: Int { promptTokens + candidatesTokens }

    /// The mock's tokenizer: one token per 4 UTF-8 bytes, at least one.
    static func tokens(_ text: String) -> Int {
        max(1, (text.utf8.count + 3) / 4)
    }

    /// All prompt text of a request: system instruction and every content part's text.
    /// countTokens bodies may wrap the request in `generateContentRequest`.
    static func promptText(of request: JSONValue?) -> String {
        guard var request else { return "" }
        if let inner = request["generateContentRequest"] { request = inner }
        var pieces: [String] = []
        for part in request["systemInstruction"]?["parts"]?.arrayValue ?? [] {
            if let t = part["text"]?.stringValue { pieces.append(t) }
        }
        for content in request["contents"]?.arrayValue ?? [] {
            for part in content["parts"]?.arrayValue ?? [] {
                if let t = part["text"]?.stringValue { pieces.append(t) }
            }
        }
        return pieces.joined(separator: "\n")
    }

    /// Builds the answer for a prompt.
    /// - Parameters:
    ///   - prompt: the request's prompt text (`promptText(of:)`).
    ///   - catalog: products to recommend.
    ///   - seed: chooses products and wording; derived from the request body.
    ///   - hallucinate: replace one recommended ID with one not in the catalog.
    ///   - long: answer with many paragraphs.
    static func make(prompt: String, catalog: MockCatalog, seed: UInt64, hallucinate: Bool, long: Bool) -> MockAnswer {
        var rng = MockRandom(seed: seed)
        let products = catalog.products
        let count = long ? 40 : 2 + Int(rng.next() % 2)
        var lines: [String] = [openers[Int(rng.next() % UInt64(openers.count))], ""]
        var hallucinated: [String] = []
        let fakeSlot = hallucinate ? Int(rng.next() % UInt64(count)) : -1
        for i in 0..<count {
            let product = products[Int(rng.next() % UInt64(products.count))]
            var id = product.id
            if i == fakeSlot {
                id = fakeID(&rng, avoiding: Set(products.map(\.id)))
                hallucinated.append(id)
            }
            lines.append("\(i + 1). **\(product.name)** [\(id)] - \(product.priceText): \(product.description)")
        }
        lines.append("")
        lines.append(closers[Int(rng.next() % UInt64(closers.count))])
        let text = lines.joined(separator: "\n")
        return MockAnswer(
            text: text, hallucinatedIDs: hallucinated, promptTokens: tokens(prompt), candidatesTokens: tokens(text)
        )
    }

    private static func fakeID(_ rng: inout MockRandom, avoiding known: Set<String>) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        while true {
            let id = String((0..<10).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            if !known.contains(id) { return id }
        }
    }

    private static let openers = [
        "Great question! Based on what you're looking for, I'd recommend:",
        "Here are a few items from our catalog you might like:",
        "Happy to help! These products are popular right now:",
    ]

    private static let closers = [
        "Would you like more details on any of these?",
        "Let me know if you'd like me to add one to your cart.",
        "Is there a budget or style I should keep in mind?",
    ]
}
