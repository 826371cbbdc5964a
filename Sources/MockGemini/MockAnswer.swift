import GeminiWire
import JSON
import ProxyCore

/// A deterministic chatbot-style answer recommending catalog products, with its token counts.
struct MockAnswer: Sendable {
    var text: String
    /// Product IDs in the answer that are not in the catalog (the hallucination ground truth).
    var hallucinatedIDs: [String]
    var promptTokens: Int
    var candidatesTokens: Int
    /// IDs shown with another product's name, and IDs shown with a wrong price (ground truth).
    var swappedNameIDs: [String] = []
    var wrongPriceIDs: [String] = []
    /// `STOP`, or `MAX_TOKENS` for a truncated answer.
    var finishReason = "STOP"
    /// Which quality faults were injected, for the `x-mock-faults` header.
    var faults: [String] = []
    /// How the product lines are laid out.
    var layout: MockAnswerLayout = .boldList

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
        make(prompt: prompt, catalog: catalog, seed: seed, faults: Faults(hallucinate: hallucinate), long: long)
    }

    /// Builds the answer for a prompt.
    /// - Parameters:
    ///   - prompt: the request's prompt text (`promptText(of:)`).
    ///   - catalog: products to recommend.
    ///   - seed: chooses products, wording and (without `layout`) the layout; derived from the request body.
    ///   - faults: what to get wrong.
    ///   - long: answer with many paragraphs.
    ///   - layout: the layout of the product lines; nil picks one from `seed`.
    static func make(
        prompt: String, catalog: MockCatalog, seed: UInt64, faults: Faults, long: Bool, layout: MockAnswerLayout? = nil,
        echo: Bool = false
    ) -> MockAnswer {
        if echo {
            return MockAnswer(text: prompt, hallucinatedIDs: [], promptTokens: tokens(prompt), candidatesTokens: tokens(prompt))
        }
        if faults.refusal {
            let text = "I'm sorry, but I can't help with that request."
            var answer = MockAnswer(text: text, hallucinatedIDs: [], promptTokens: tokens(prompt), candidatesTokens: tokens(text))
            answer.faults = ["refusal"]
            return answer
        }
        var rng = MockRandom(seed: seed)
        let products = catalog.products
        let count = long ? 40 : 2 + Int(rng.next() % 2)
        let allLayouts = MockAnswerLayout.allCases
        let drawn = allLayouts[Int(rng.next() % UInt64(allLayouts.count))]
        let layout = layout ?? drawn
        let opener = openers[Int(rng.next() % UInt64(openers.count))]
        var lines: [String] = []
        var hallucinated: [String] = []
        var swapped: [String] = []
        var wrongPrice: [String] = []
        let fakeSlot = faults.hallucinate ? Int(rng.next() % UInt64(count)) : -1
        let swapSlot = faults.swapName ? (fakeSlot + 1) % count : -1
        let priceSlot = faults.wrongPrice ? (fakeSlot + 2 + count) % count : -1
        // Distinct products per answer (cycling only when a long answer needs more than the catalog has),
        // so each fault's ground-truth ID names exactly one line.
        var order = Array(products.indices)
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        for i in 0..<count {
            let product = products[order[i % order.count]]
            var id = product.id
            var name = product.name
            var price = product.priceText
            if i == fakeSlot {
                id = fakeID(&rng, avoiding: Set(products.map(\.id)))
                hallucinated.append(id)
            } else if i == swapSlot, let other = otherProduct(than: product, in: products, &rng) {
                name = other.name
                swapped.append(id)
            } else if i == priceSlot {
                var marked = product
                marked.priceMicros = product.priceMicros * 5 / 4
                price = marked.priceText
                wrongPrice.append(id)
            }
            lines.append(layout.line(index: i, name: name, id: id, price: price, description: product.description))
        }
        let body = layout.isParagraph ? [lines.joined(separator: " ")] : layout.header + lines
        let closer = closers[Int(rng.next() % UInt64(closers.count))]
        var text = ([opener, ""] + body + ["", closer]).joined(separator: "\n")
        var injected = faults.hallucinate ? ["hallucination"] : []
        if !swapped.isEmpty { injected.append("swapped_name") }
        if !wrongPrice.isEmpty { injected.append("wrong_price") }
        if faults.loop {
            text += "\n" + Array(repeating: "Let me know if you'd like me to add one to your cart.", count: 12).joined(separator: " ")
            injected.append("loop")
        }
        var finishReason = "STOP"
        if faults.truncate {
            text = String(text.prefix(text.count / 2))
            finishReason = "MAX_TOKENS"
            injected.append("truncated")
        }
        var answer = MockAnswer(
            text: text, hallucinatedIDs: hallucinated, promptTokens: tokens(prompt), candidatesTokens: tokens(text)
        )
        answer.swappedNameIDs = swapped
        answer.wrongPriceIDs = wrongPrice
        answer.finishReason = finishReason
        answer.faults = injected
        answer.layout = layout
        return answer
    }

    /// An invented ID with a digit and a letter, so it reads as an ID in every layout, bracketed or not.
    private static func fakeID(_ rng: inout MockRandom, avoiding known: Set<String>) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        while true {
            let id = String((0..<10).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            if !known.contains(id), id.contains(where: \.isNumber), id.contains(where: \.isLetter) { return id }
        }
    }

    /// A product other than `product`, at random.
    private static func otherProduct(than product: Product, in products: [Product], _ rng: inout MockRandom) -> Product? {
        let others = products.filter { $0.id != product.id && $0.name != product.name }
        return others.isEmpty ? nil : others[Int(rng.next() % UInt64(others.count))]
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
