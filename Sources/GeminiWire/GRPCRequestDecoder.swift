package import ProtoWire
package import ProxyCore

/// What a gRPC request message says: the model it names, reduced as the REST path's is, and the prompt.
package struct GRPCRequestSummary: Sendable, Hashable {
    /// The resource name as sent: `projects/p/locations/l/publishers/google/models/m` or `models/m`.
    package var resourceName: String = ""
    /// As in ``Route/model``: `gemini-2.0-flash`, `endpoints/123`, `tunedModels/x`; empty if unrecognised.
    package var model: String = ""
    package var publisher: String?
    package var project: String?
    package var location: String?
    package var isExpressMode = false
    /// The same summary ``PromptExtractor/summary(of:)`` builds from the equivalent JSON.
    package var prompt = PromptSummary()

    package init() {}
}

/// Reads one gRPC request message, a `GenerateContentRequest` or `CountTokensRequest` (gemini.md §6).
package enum GRPCRequestDecoder {
    /// Decodes a request message; other operations, and the `.other` dialect, give an empty summary.
    /// - Parameters:
    ///   - message: One message's bytes (unframed, decompressed; see ``GRPCMessageFramer``).
    ///   - dialect: The route's dialect; it selects the field numbers.
    ///   - operation: The route's operation: generate, stream or countTokens.
    package static func decode(
        _ message: [UInt8], dialect: Dialect, operation: LLMOperation
    ) throws(ProtoError) -> GRPCRequestSummary {
        var summary = GRPCRequestSummary()
        guard let fields = GRPCFields.of(dialect), let layout = Layout(operation, fields) else { return summary }
        do throws(ProtoError) {
            try read(message, layout: layout, fields: fields, into: &summary)
        } catch {
            throw error.inMessage(operation == .countTokens ? "CountTokensRequest" : "GenerateContentRequest")
        }
        if let route = Self.route(resourceName: summary.resourceName, dialect: dialect, operation: operation) {
            summary.model = route.model
            summary.publisher = route.publisher
            summary.project = route.project
            summary.location = route.location
            summary.isExpressMode = route.isExpressMode
        }
        return summary
    }

    /// Where a request message keeps what is read from it.
    private struct Layout {
        /// The resource name, then a fallback when that is empty (Vertex countTokens: endpoint, then model).
        var name, fallbackName, contents, systemInstruction, generationConfig, labels: Int

        init?(_ operation: LLMOperation, _ fields: GRPCFields) {
            switch operation {
            case .generateContent, .streamGenerateContent:
                let request = fields.generateRequest
                name = request.model
                fallbackName = 0
                contents = request.contents
                systemInstruction = request.systemInstruction
                generationConfig = request.generationConfig
                labels = request.labels
            case .countTokens:
                let request = fields.countRequest
                name = request.endpoint == 0 ? request.model : request.endpoint
                fallbackName = request.endpoint == 0 ? 0 : request.model
                contents = request.contents
                systemInstruction = request.systemInstruction
                generationConfig = request.generationConfig
                labels = 0
            default:
                return nil
            }
        }
    }

    private static func read(
        _ message: [UInt8], layout: Layout, fields: GRPCFields, into summary: inout GRPCRequestSummary
    ) throws(ProtoError) {
        var reader = ProtoReader(message)
        var fallbackName = ""
        var system: PromptMessage?
        var turns: [PromptMessage] = []
        var labelCount = 0
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (layout.name, .bytes(let text)): summary.resourceName = text.string
            case (layout.fallbackName, .bytes(let text)): fallbackName = text.string
            case (layout.contents, .bytes(let content)):
                turns.append(try promptMessage(content, defaultRole: "user", fields: fields))
            case (layout.systemInstruction, .bytes(let content)):
                system = try promptMessage(content, defaultRole: "system", fields: fields)
            case (layout.generationConfig, .bytes(let config)):
                try readGenerationConfig(config, fields: fields.generationConfig, into: &summary.prompt)
            case (layout.labels, .bytes(let entry)):
                labelCount += 1
                if labelCount <= PromptExtractor.maxLabels { try readLabel(entry, into: &summary.prompt.labels) }
            default:
                break
            }
        }
        if summary.resourceName.isEmpty { summary.resourceName = fallbackName }
        // As the JSON path: the system instruction comes first, as `system`, and only when it has text.
        if var system, !system.content.isEmpty {
            system.role = "system"
            summary.prompt.messages.append(system)
        }
        summary.prompt.messages += turns
    }

    /// The same fields the JSON path reads from `generationConfig`.
    private static func readGenerationConfig(
        _ reader: ProtoReader, fields: GRPCFields.GenerationConfig, into prompt: inout PromptSummary
    ) throws(ProtoError) {
        var reader = reader
        while let (field, value) = try reader.next() {
            switch field {
            case fields.temperature: prompt.temperature = value.float.map(jsonDouble) ?? prompt.temperature
            case fields.topP: prompt.topP = value.float.map(jsonDouble) ?? prompt.topP
            case fields.topK where fields.topKIsFloat: prompt.topK = value.float.map(jsonDouble) ?? prompt.topK
            case fields.topK: prompt.topK = value.int32.map { Double($0) } ?? prompt.topK
            case fields.candidateCount: prompt.candidateCount = value.int32.map { Int($0) } ?? prompt.candidateCount
            case fields.maxOutputTokens: prompt.maxOutputTokens = value.int32.map { Int($0) } ?? prompt.maxOutputTokens
            default: break
            }
        }
    }

    /// A `map<string, string>` entry (key=1, value=2); a later duplicate key wins, as in the JSON path.
    private static func readLabel(_ reader: ProtoReader, into labels: inout [String: String]) throws(ProtoError) {
        var reader = reader
        var key = ""
        var label = ""
        while let (field, value) = try reader.next() {
            switch (field, value) {
            case (1, .bytes(let text)): key = text.string
            case (2, .bytes(let text)): label = text.string
            default: break
            }
        }
        labels[key] = label
    }

    /// A `float` as the JSON path sees it: proto3 JSON prints a float's shortest decimal (`0.7`, not
    /// `0.699999988079071`), which then parses as a `Double`.
    static func jsonDouble(_ value: Float) -> Double {
        guard value.isFinite else { return Double(value) }
        return Double(value.description) ?? Double(value)
    }

    /// The route a REST path naming `resourceName` would give, by the REST classifier's own parsing.
    static func route(resourceName: String, dialect: Dialect, operation: LLMOperation) -> Route? {
        let names = resourceName.split(separator: "/", omittingEmptySubsequences: false)
        guard names.allSatisfy(RouteClassifier.isSafeSegment) else { return nil }
        switch dialect {
        case .vertex: return RouteClassifier.vertexRoute(names, version: "v1", operation: operation)
        case .geminiAPI: return RouteClassifier.developerRoute(names, version: "v1beta", operation: operation)
        case .other: return nil
        }
    }
}

extension Route {
    /// This route with the model, project, location and publisher that a gRPC request message named.
    /// - Parameters:
    ///   - request: The decoded request message.
    package func naming(_ request: GRPCRequestSummary) -> Route {
        var route = self
        route.model = request.model
        route.publisher = request.publisher
        route.project = request.project
        route.location = request.location
        route.isExpressMode = request.isExpressMode
        return route
    }
}
