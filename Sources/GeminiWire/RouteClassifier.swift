import ProxyCore

/// Classifies request paths into ``Route``s. Pure and allocation-light: it runs on every request.
package enum RouteClassifier {
    /// Classifies a request.
    /// - Parameters:
    ///   - path: the path, with or without its query string (`/v1beta/models/m:generateContent?alt=sse`).
    ///   - query: the query string when given separately (without `?`).
    package static func classify(path rawPath: Substring, query rawQuery: Substring? = nil) -> Route {
        var path = rawPath
        var query = rawQuery
        if let q = path.firstIndex(of: "?") {
            query = path[path.index(after: q)...]
            path = path[..<q]
        }
        let params = QueryFlags(query)
        guard var route = classifyPath(path) else { return .unrecognised }
        if route.operation == .streamGenerateContent {
            route.streamFormat = params.altSSE ? .sse : .jsonArray
        }
        route.enumsAsIntegers = params.enumsAsIntegers
        return route
    }

    /// Convenience for a full path string.
    package static func classify(_ path: String) -> Route {
        classify(path: Substring(path))
    }

    private static func classifyPath(_ path: Substring) -> Route? {
        // "/v1beta/models/gemini-2.0-flash:generateContent" → ["v1beta", "models", "gemini-2.0-flash:generateContent"]
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        guard segments.count >= 3, let last = segments.last, let colon = last.lastIndex(of: ":") else { return nil }
        let version = segments[0]
        let verb = last[last.index(after: colon)...]
        let operation = LLMOperation(verb: verb)
        var names = Array(segments.dropFirst())
        names[names.count - 1] = last[..<colon]
        guard names.allSatisfy(isSafeSegment) else { return nil }

        switch version {
        case "v1", "v1beta1":
            if let route = vertexRoute(names, version: version, operation: operation) { return route }
            if version == "v1", let route = developerRoute(names, version: version, operation: operation) { return route }
            return nil
        case "v1beta", "v1alpha":
            return developerRoute(names, version: version, operation: operation)
        default:
            return nil
        }
    }

    /// `projects/{p}/locations/{l}/publishers/{pub}/models/{m}`, `projects/{p}/locations/{l}/endpoints/{e}`,
    /// `publishers/{pub}/models/{m}` (express mode) and `endpoints/{e}`.
    static func vertexRoute(_ names: [Substring], version: Substring, operation: LLMOperation) -> Route? {
        var rest = names[...]
        var project: Substring?
        var location: Substring?
        if rest.first == "projects" {
            guard rest.count >= 4, rest[rest.startIndex + 2] == "locations" else { return nil }
            project = rest[rest.startIndex + 1]
            location = rest[rest.startIndex + 3]
            rest = rest.dropFirst(4)
        }
        var publisher: Substring?
        let model: String
        switch rest.count {
        case 4 where rest[rest.startIndex] == "publishers" && rest[rest.startIndex + 2] == "models":
            publisher = rest[rest.startIndex + 1]
            model = String(rest[rest.startIndex + 3])
        case 2 where rest[rest.startIndex] == "endpoints":
            model = "endpoints/" + rest[rest.startIndex + 1]
        default:
            return nil
        }
        let target: UpstreamTarget
        switch location {
        case nil, "global": target = .vertexGlobal
        case "us", "eu": target = .vertexMultiRegion(location: String(location!))
        case let loc?: target = isHostLabel(loc) ? .vertexRegional(location: String(loc)) : .vertexGlobal
        }
        return Route(
            dialect: .vertex, operation: operation, apiVersion: String(version), model: model,
            publisher: publisher.map(String.init), project: project.map(String.init),
            location: location.map(String.init), isExpressMode: project == nil && publisher != nil,
            streamFormat: .unary, enumsAsIntegers: false, target: target
        )
    }

    /// `models/{m}` and `tunedModels/{m}`.
    static func developerRoute(_ names: [Substring], version: Substring, operation: LLMOperation) -> Route? {
        guard names.count == 2 else { return nil }
        let model: String
        switch names[0] {
        case "models": model = String(names[1])
        case "tunedModels": model = "tunedModels/" + names[1]
        default: return nil
        }
        return Route(
            dialect: .geminiAPI, operation: operation, apiVersion: String(version), model: model,
            publisher: nil, project: nil, location: nil, isExpressMode: false,
            streamFormat: .unary, enumsAsIntegers: false, target: .geminiAPI
        )
    }

    /// Path segments must be plain resource names: no dot-segments or empty names.
    static func isSafeSegment(_ s: Substring) -> Bool {
        !s.isEmpty && s != "." && s != ".."
    }

    /// A location becomes part of a host name, so only `[a-z0-9-]` is accepted.
    private static func isHostLabel(_ s: Substring) -> Bool {
        !s.isEmpty && s.count <= 63 && s.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}

extension LLMOperation {
    /// Maps a path verb (`generateContent`) to an operation.
    init(verb: Substring) {
        switch verb {
        case "generateContent": self = .generateContent
        case "streamGenerateContent": self = .streamGenerateContent
        case "countTokens": self = .countTokens
        case "computeTokens": self = .computeTokens
        case "embedContent": self = .embedContent
        case "batchEmbedContents": self = .batchEmbedContents
        default: self = .other
        }
    }
}
