import JSON
package import ProxyCore

extension ShopService {
    /// What goes into one request body.
    package struct Turn: Sendable {
        /// The customer's message (or the upsell trigger's product ID for ``ShopService/upsell``).
        package var message: String
        /// Earlier lines of the conversation, oldest first.
        package var history: [String] = []
        /// Extra context appended before the message (the cost-spike scenario's long requests).
        package var extraContext: String = ""
        /// `generationConfig.maxOutputTokens`, when set.
        package var maxOutputTokens: Int?
    }

    /// A `generateContent` request body in the service's prompt shape.
    ///
    /// Body fields follow the Gemini API `GenerateContentRequest`: `contents[]` of
    /// `{role, parts: [{text}]}`, optional `systemInstruction` and `generationConfig`.
    /// - Parameters:
    ///   - turn: The message and its context.
    ///   - products: The catalog the chatbot lists in its prompt.
    package func body(_ turn: Turn, products: [Product]) -> String {
        var system: String?
        let user: String
        switch self {
        case .chatbot:
            // chatbotservice puts everything into one user part and sets no system instruction.
            let catalog = products.map { "- \($0.name) (\($0.id)): \($0.description) | Price: \($0.priceText) | Categories: \($0.categories.joined(separator: ", "))" }
            user = "You are a friendly shopping assistant for an online boutique.\n\nAvailable products:\n"
                + catalog.joined(separator: "\n")
                + (turn.history.isEmpty ? "" : "\n\nConversation history:\n" + turn.history.suffix(10).joined(separator: "\n"))
                + (turn.extraContext.isEmpty ? "" : "\n\n" + turn.extraContext)
                + "\n\nCustomer message: \(turn.message)\n\n"
                + "IMPORTANT: When you recommend a product, ALWAYS include its product ID in square brackets, like \"The Mug [6E92ZMYYFZ]\"."
        case .upsell:
            system = "You are PEAU, a proactive e-commerce agent. Use the product_search tool. Always name products with their [PRODUCT_ID]. Do not hallucinate product IDs."
            user = turn.extraContext + turn.message
        case .assistant:
            system = "You are an interior designer for an online boutique. Recommend three products and end with their IDs as [ID], [ID], [ID]."
            user = (turn.history.isEmpty ? "" : turn.history.suffix(6).joined(separator: "\n") + "\n") + turn.extraContext + turn.message
        }
        var fields: [String] = []
        if let system { fields.append(#""systemInstruction":{"parts":[{"text":\#(JSONWriter.quoted(system))}]}"#) }
        fields.append(#""contents":[{"role":"user","parts":[{"text":\#(JSONWriter.quoted(user))}]}]"#)
        if let max = turn.maxOutputTokens {
            fields.append(#""generationConfig":{"temperature":0.4,"maxOutputTokens":\#(max)}"#)
        }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
