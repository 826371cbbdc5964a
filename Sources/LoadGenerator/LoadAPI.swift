/// Which Gemini API the generated requests use.
package enum LoadAPI: String, Sendable, CaseIterable, Codable {
    /// Each shop service uses the API it uses in production: the chatbot and the upsell agent
    /// Vertex AI, the shopping assistant the Developer API.
    case mixed
    /// Every request on the Developer API (`/v1beta/models/{m}:…`, `x-goog-api-key`).
    case gemini
    /// Every request on Vertex AI (`/v1/projects/p/locations/us-central1/publishers/google/models/{m}:…`).
    case vertex
}
