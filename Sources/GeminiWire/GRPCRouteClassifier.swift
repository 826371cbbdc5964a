import ProxyCore

/// Classifies gRPC method paths (`/package.Service/Method`, the HTTP/2 `:path` of a gRPC call) into ``Route``s.
///
/// The services are those of gemini.md §6. The model is not in a gRPC path: it comes from the request
/// message (``GRPCRequestDecoder``, then ``Route/naming(_:)``). The upstream is chosen by the listener from
/// the host it intercepted, so every route's target is `.fallback`.
package enum GRPCRouteClassifier {
    /// Longest method name kept in ``Route/grpcMethod``; longer paths are kept as empty.
    static let maxMethodLength = 200

    /// Classifies a gRPC `:path`; an unknown method gives a `.other` route that still records the method.
    /// - Parameters:
    ///   - path: `/google.cloud.aiplatform.v1.PredictionService/GenerateContent`.
    package static func classify(path: Substring) -> Route {
        var route = Route.unrecognised
        route.streamFormat = .grpc
        guard let (service, method) = split(path) else {
            route.grpcMethod = ""
            return route
        }
        route.grpcMethod = String(path.dropFirst())
        guard let (dialect, version, serviceName) = Self.service(service),
              let operation = operation(dialect: dialect, version: version, service: serviceName, method: method)
        else { return route }
        route.dialect = dialect
        route.operation = operation
        route.apiVersion = String(version)
        return route
    }

    /// Convenience for a path string.
    package static func classify(_ path: String) -> Route {
        classify(path: Substring(path))
    }

    /// `/a.b.Service/Method` → (`a.b.Service`, `Method`), when both are non-empty names of
    /// `[A-Za-z0-9_.]` and the whole is at most ``maxMethodLength`` bytes.
    private static func split(_ path: Substring) -> (service: Substring, method: Substring)? {
        guard path.first == "/", path.utf8.count <= maxMethodLength + 1 else { return nil }
        let body = path.dropFirst()
        guard let slash = body.firstIndex(of: "/") else { return nil }
        let service = body[..<slash]
        let method = body[body.index(after: slash)...]
        guard isName(service), isName(method) else { return nil }
        return (service, method)
    }

    private static func isName(_ s: Substring) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x5F || byte == 0x2E
        }
    }

    /// `google.cloud.aiplatform.v1.PredictionService` → (.vertex, `v1`, `PredictionService`).
    private static func service(_ name: Substring) -> (Dialect, Substring, Substring)? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        let version = parts[parts.count - 2]
        let package = parts.dropLast(2).joined(separator: ".")
        switch (package, version) {
        case ("google.cloud.aiplatform", "v1"), ("google.cloud.aiplatform", "v1beta1"):
            return (.vertex, version, parts[parts.count - 1])
        case ("google.ai.generativelanguage", "v1"), ("google.ai.generativelanguage", "v1beta"),
             ("google.ai.generativelanguage", "v1alpha"):
            return (.geminiAPI, version, parts[parts.count - 1])
        default:
            return nil
        }
    }

    /// The operation of a known method, or nil for any other.
    private static func operation(dialect: Dialect, version: Substring, service: Substring, method: Substring) -> LLMOperation? {
        switch (dialect, service, method) {
        case (.vertex, "PredictionService", "GenerateContent"), (.geminiAPI, "GenerativeService", "GenerateContent"):
            .generateContent
        case (.vertex, "PredictionService", "StreamGenerateContent"),
             (.geminiAPI, "GenerativeService", "StreamGenerateContent"):
            .streamGenerateContent
        case (.vertex, "LlmUtilityService", "CountTokens"), (.geminiAPI, "GenerativeService", "CountTokens"):
            .countTokens
        case (.vertex, "PredictionService", "CountTokens") where version == "v1beta1":
            .countTokens
        default:
            nil
        }
    }
}

extension GRPCRouteClassifier {
    /// Whether a request is gRPC, from its content type (`application/grpc`, `application/grpc+proto`, …).
    package static func isGRPC(contentType: String?) -> Bool {
        contentType?.lowercased().hasPrefix("application/grpc") ?? false
    }
}
