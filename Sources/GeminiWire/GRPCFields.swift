import ProxyCore

/// Field numbers of the Gemini gRPC messages Outrigger reads and writes, per dialect.
///
/// From the table in gemini.md §6 (Vertex `google.cloud.aiplatform.v1`, also used for `v1beta1`;
/// Developer API `google.ai.generativelanguage.v1beta`). The dialects number most messages differently:
/// `Content` is role=1, parts=2 on Vertex but parts=1, role=2 on the Developer API.
/// 0 marks a field the dialect does not have (no field is numbered 0).
struct GRPCFields: Sendable {
    struct GenerateContentRequest {
        var model, contents, generationConfig, systemInstruction, labels: Int
    }
    struct CountTokensRequest {
        /// Vertex `endpoint`, the resource name its REST path binds; 0 on the Developer API.
        var endpoint, model, contents, systemInstruction, generationConfig: Int
    }
    struct Content { var role, parts: Int }
    struct Part { var text, inlineData, fileData, functionCall, functionResponse, thought: Int }
    /// `FunctionCall` and `FunctionResponse` share numbers: name=1, args/response=2, id=3 (Developer API only).
    struct FunctionCall { var name, payload, id: Int }
    struct GenerationConfig {
        var temperature, topP, topK, candidateCount, maxOutputTokens: Int
        /// `top_k` is a `float` on Vertex and an `int32` on the Developer API.
        var topKIsFloat: Bool
    }
    struct GenerateContentResponse { var candidates, promptFeedback, usage, modelVersion, responseId: Int }
    struct Candidate { var index, content, finishReason: Int }
    struct Usage {
        var prompt, candidates, total, cached, trafficType, toolUsePrompt, thoughts: Int
        var promptDetails, cacheDetails, candidatesDetails, toolUsePromptDetails: Int
    }
    struct CountTokensResponse { var totalTokens: Int }

    var generateRequest: GenerateContentRequest
    var countRequest: CountTokensRequest
    var content: Content
    var part: Part
    var functionCall: FunctionCall
    var generationConfig: GenerationConfig
    var response: GenerateContentResponse
    var candidate: Candidate
    var usage: Usage
    var countResponse: CountTokensResponse

    /// The dialect's numbers; nil for `.other`, whose messages are not known.
    static func of(_ dialect: Dialect) -> GRPCFields? {
        switch dialect {
        case .vertex: vertex
        case .geminiAPI: geminiAPI
        case .other: nil
        }
    }

    static let vertex = GRPCFields(
        generateRequest: .init(model: 5, contents: 2, generationConfig: 4, systemInstruction: 8, labels: 10),
        countRequest: .init(endpoint: 1, model: 3, contents: 4, systemInstruction: 5, generationConfig: 7),
        content: .init(role: 1, parts: 2),
        part: .init(text: 1, inlineData: 2, fileData: 3, functionCall: 5, functionResponse: 6, thought: 10),
        functionCall: .init(name: 1, payload: 2, id: 0),
        generationConfig: .init(
            temperature: 1, topP: 2, topK: 3, candidateCount: 4, maxOutputTokens: 5, topKIsFloat: true
        ),
        response: .init(candidates: 2, promptFeedback: 3, usage: 4, modelVersion: 11, responseId: 13),
        candidate: .init(index: 1, content: 2, finishReason: 3),
        usage: .init(
            prompt: 1, candidates: 2, total: 3, cached: 5, trafficType: 8, toolUsePrompt: 0, thoughts: 14,
            promptDetails: 9, cacheDetails: 10, candidatesDetails: 11, toolUsePromptDetails: 12
        ),
        countResponse: .init(totalTokens: 1)
    )

    static let geminiAPI = GRPCFields(
        generateRequest: .init(model: 1, contents: 2, generationConfig: 4, systemInstruction: 8, labels: 0),
        countRequest: .init(endpoint: 0, model: 1, contents: 2, systemInstruction: 0, generationConfig: 0),
        content: .init(role: 2, parts: 1),
        part: .init(text: 2, inlineData: 3, fileData: 6, functionCall: 4, functionResponse: 5, thought: 11),
        functionCall: .init(name: 1, payload: 2, id: 3),
        generationConfig: .init(
            temperature: 5, topP: 6, topK: 7, candidateCount: 1, maxOutputTokens: 4, topKIsFloat: false
        ),
        response: .init(candidates: 1, promptFeedback: 2, usage: 3, modelVersion: 4, responseId: 5),
        candidate: .init(index: 3, content: 1, finishReason: 2),
        usage: .init(
            prompt: 1, candidates: 2, total: 3, cached: 4, trafficType: 0, toolUsePrompt: 8, thoughts: 10,
            promptDetails: 5, cacheDetails: 6, candidatesDetails: 7, toolUsePromptDetails: 9
        ),
        countResponse: .init(totalTokens: 1)
    )
}
