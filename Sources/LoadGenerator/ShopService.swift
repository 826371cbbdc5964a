/// The shop's three LLM callers, each with its own model, API and prompt shape
/// (see the owners' services in docs/load.md).
package enum ShopService: String, Sendable, CaseIterable, Codable {
    /// chatbotservice `/chat/stream`: one user part with persona, catalog, history and message; streamed.
    case chatbot
    /// peau-agent: the upsell agent's short nudges after views and add-to-cart.
    case upsell
    /// shoppingassistantservice: room-styling recommendations.
    case assistant

    /// The model the service calls in production.
    package var defaultModel: String {
        switch self {
        case .chatbot, .upsell: "gemini-2.0-flash"
        case .assistant: "gemini-2.5-flash"
        }
    }

    /// The API the service uses when `--api` is `mixed`.
    package var naturalAPI: LoadAPI {
        switch self {
        case .chatbot, .upsell: .vertex
        case .assistant: .gemini
        }
    }

    /// Whether the service streams its answer (SSE).
    package var streams: Bool { self == .chatbot }

    /// The request path for `model` on `api` (`mixed` resolves to ``naturalAPI``).
    ///
    /// Paths follow the Gemini API (`/v1beta/models/{model}:generateContent`,
    /// `:streamGenerateContent?alt=sse`) and Vertex AI
    /// (`/v1/projects/{p}/locations/{l}/publishers/google/models/{model}:generateContent`).
    /// - Parameters:
    ///   - model: The model name.
    ///   - api: The API.
    package func path(model: String, api: LoadAPI) -> String {
        let method = streams ? "streamGenerateContent?alt=sse" : "generateContent"
        switch api == .mixed ? naturalAPI : api {
        case .gemini: return "/v1beta/models/\(model):\(method)"
        default:
            // The upsell agent (ADK over google-genai) calls v1beta1; the others v1.
            let version = self == .upsell ? "v1beta1" : "v1"
            return "/\(version)/projects/p/locations/us-central1/publishers/google/models/\(model):\(method)"
        }
    }

    /// Credentials for the path's API: a fixed test key or token (never a real one).
    /// - Parameters:
    ///   - api: The API.
    package func authHeader(api: LoadAPI) -> (name: String, value: String) {
        (api == .mixed ? naturalAPI : api) == .gemini
            ? ("x-goog-api-key", "load-test-key") : ("authorization", "Bearer load-test-token")
    }
}
