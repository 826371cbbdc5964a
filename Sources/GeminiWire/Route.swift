package import ProxyCore

/// Where a request should be forwarded, decided from its path alone.
package enum UpstreamTarget: Sendable, Hashable {
    /// The Gemini Developer API host.
    case geminiAPI
    /// A regional Vertex host, `{location}-aiplatform.googleapis.com`.
    case vertexRegional(location: String)
    /// The global Vertex host (also express mode and location-less paths).
    case vertexGlobal
    /// A multi-region Vertex host, `aiplatform.{us|eu}.rep.googleapis.com`.
    case vertexMultiRegion(location: String)
    /// A path Outrigger does not recognise.
    case fallback
}

/// What a request path says about the call: dialect, model, operation and response framing.
///
/// Path forms follow the HTTP bindings in the Vertex `prediction_service.proto` and the
/// Developer API `generative_service.proto` (reference: gemini.md §1).
package struct Route: Sendable, Hashable {
    package var dialect: Dialect
    package var operation: LLMOperation
    /// `v1`, `v1beta1`, `v1beta`, `v1alpha`; nil for unrecognised paths.
    package var apiVersion: String?
    /// The model as named in the path: `gemini-2.0-flash`, `endpoints/123`, `tunedModels/abc`; empty if none.
    package var model: String
    /// The publisher of a Vertex model (`google`), if the path names one.
    package var publisher: String?
    package var project: String?
    package var location: String?
    /// Vertex express mode: `publishers/*/models/*` without a project, authenticated by API key.
    package var isExpressMode: Bool
    /// How the response will be framed.
    package var streamFormat: StreamFormat
    /// `$alt=json;enum-encoding=int` was requested, so enums come back as integers.
    package var enumsAsIntegers: Bool
    package var target: UpstreamTarget
    /// The gRPC method, `google.cloud.aiplatform.v1.PredictionService/GenerateContent`, for a call that came
    /// over gRPC (``GRPCRouteClassifier``); empty for a malformed method path, nil for REST.
    package var grpcMethod: String? = nil

    /// A route for a path that is not a recognised Gemini call.
    package static let unrecognised = Route(
        dialect: .other, operation: .other, apiVersion: nil, model: "", publisher: nil, project: nil,
        location: nil, isExpressMode: false, streamFormat: .unary, enumsAsIntegers: false, target: .fallback
    )

    /// True when the call came over gRPC (its body is length-prefixed protobuf).
    package var isGRPC: Bool { grpcMethod != nil }

    /// True when the route is a call whose response carries generated content and usage.
    package var isGeneration: Bool { dialect != .other && operation.isGeneration }
}
