import ProxyCore

/// Where and how Outrigger's own Gemini calls (the health report, the cost summary) go.
package enum GeminiTextEndpoint: Sendable {
    /// The Developer API at `base`, with the key from the environment; no key for a local mock.
    case developerAPI(base: String, apiKey: String?)
    /// Vertex AI at `base` (the regional, multi-region or global host for `location`), with the
    /// pod's Workload Identity token from the metadata server. A nil `project` is the pod's own,
    /// also from the metadata server.
    case vertex(base: String, project: String?, location: String, tokens: MetadataTokenSource)

    /// The `generateContent` URL for `model`.
    func url(model: String) async throws(MetadataTokenError) -> String {
        switch self {
        case .developerAPI(let base, _):
            base + "/v1beta/models/\(model):generateContent"
        case .vertex(let base, let project, let location, let tokens):
            base + "/v1/projects/\(try await Self.resolve(project, tokens))/locations/\(location)/publishers/google/models/\(model):generateContent"
        }
    }

    /// The configured project, else the metadata server's.
    private static func resolve(_ project: String?, _ tokens: MetadataTokenSource) async throws(MetadataTokenError) -> String {
        if let project { return project }
        return try await tokens.projectID()
    }

    /// The wire dialect of the answer.
    var dialect: Dialect {
        switch self {
        case .developerAPI: .geminiAPI
        case .vertex: .vertex
        }
    }

    /// The credential header for one call: the API key, or a fresh bearer token.
    func credentialHeader() async throws(MetadataTokenError) -> (name: String, value: String)? {
        switch self {
        case .developerAPI(_, let apiKey):
            apiKey.map { ("x-goog-api-key", $0) }
        case .vertex(_, _, _, let tokens):
            ("authorization", "Bearer " + (try await tokens.token()))
        }
    }

    /// For logs and `/v1/insights`: which API, never the credential.
    package var summary: String {
        switch self {
        case .developerAPI(let base, let apiKey): "Gemini Developer API at \(base)" + (apiKey == nil ? " (no key)" : "")
        case .vertex(let base, let project, let location, _):
            "Vertex AI at \(base), project \(project ?? "from the metadata server"), \(location), Workload Identity"
        }
    }
}
