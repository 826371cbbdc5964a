import GeminiWire
import JSON
import ProxyCore

/// Writes mock responses in the wire shapes of each dialect (gemini.md §3–§5): Vertex adds
/// `createTime` and `trafficType` and sends usage only on the last stream chunk; the Developer API
/// repeats cumulative usage on every chunk. Enums are integers when the route asked for them.
struct MockResponseEncoder {
    let route: Route
    let modelVersion: String
    let responseID: String
    let createTime: String

    /// One `GenerateContentResponse` object as compact JSON.
    /// - Parameters:
    ///   - text: this chunk's text.
    ///   - finished: whether this is the last chunk (carries `finishReason`).
    ///   - usage: prompt/candidates counts to report, or nil for a Vertex intermediate chunk.
    func response(text: String, finished: Bool, usage: (prompt: Int, candidates: Int)?, finishReason: String = "STOP") -> String {
        var candidate = #"{"content": {"role": "model","parts": [{"text": \#(JSONWriter.quoted(text))}]}"#
        if finished { candidate += ",\"finishReason\": " + enumValue(finishReason, int: finishReason == "MAX_TOKENS" ? 2 : 1) }
        if finished, route.dialect == .vertex { candidate += ",\"avgLogprobs\": -0.1" }
        candidate += ",\"index\": 0}"
        var out = "{\"candidates\": [\(candidate)]"
        out += ",\"usageMetadata\": " + usageJSON(usage)
        out += ",\"modelVersion\": " + JSONWriter.quoted(modelVersion)
        if route.dialect == .vertex { out += ",\"createTime\": " + JSONWriter.quoted(createTime) }
        out += ",\"responseId\": " + JSONWriter.quoted(responseID) + "}"
        return out
    }

    private func usageJSON(_ usage: (prompt: Int, candidates: Int)?) -> String {
        let traffic = route.dialect == .vertex ? "\"trafficType\": " + enumValue("ON_DEMAND", int: 1) : nil
        guard let usage else { return "{" + (traffic ?? "") + "}" }
        var fields = [
            "\"promptTokenCount\": \(usage.prompt)",
            "\"candidatesTokenCount\": \(usage.candidates)",
            "\"totalTokenCount\": \(usage.prompt + usage.candidates)",
        ]
        if let traffic { fields.append(traffic) }
        fields.append("\"promptTokensDetails\": [{\"modality\": \(enumValue("TEXT", int: 1)),\"tokenCount\": \(usage.prompt)}]")
        fields.append("\"candidatesTokensDetails\": [{\"modality\": \(enumValue("TEXT", int: 1)),\"tokenCount\": \(usage.candidates)}]")
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// A countTokens response for `tokens` prompt tokens over `characters` characters.
    func countTokens(tokens: Int, characters: Int) -> String {
        let details = "\"promptTokensDetails\": [{\"modality\": \(enumValue("TEXT", int: 1)),\"tokenCount\": \(tokens)}]"
        if route.dialect == .vertex {
            return "{\"totalTokens\": \(tokens),\"totalBillableCharacters\": \(characters),\(details)}"
        }
        return "{\"totalTokens\": \(tokens),\(details)}"
    }

    private func enumValue(_ name: String, int: Int) -> String {
        route.enumsAsIntegers ? String(int) : "\"\(name)\""
    }

    /// A Google error body (gemini.md §5); the Developer API's 429 carries quota details.
    static func error(status: Int, dialect: Dialect, model: String) -> String {
        switch status {
        case 429 where dialect == .geminiAPI:
            return #"""
            {"error": {"code": 429,"message": "You exceeded your current quota, please check your plan and billing details.","status": "RESOURCE_EXHAUSTED","details": [{"@type": "type.googleapis.com/google.rpc.QuotaFailure","violations": [{"quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests","quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier","quotaDimensions": {"location": "global","model": \#(JSONWriter.quoted(model))}}]},{"@type": "type.googleapis.com/google.rpc.RetryInfo","retryDelay": "1s"}]}}
            """#
        case 429:
            return #"{"error": {"code": 429,"message": "Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.","status": "RESOURCE_EXHAUSTED"}}"#
        case 500:
            return #"{"error": {"code": 500,"message": "Internal error encountered.","status": "INTERNAL"}}"#
        case 404:
            return #"{"error": {"code": 404,"message": "mock-gemini: no such route. Use /v1beta/models/{model}:generateContent or a Vertex publishers path.","status": "NOT_FOUND"}}"#
        case 401:
            return #"{"error": {"code": 401,"message": "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.","status": "UNAUTHENTICATED"}}"#
        case 400:
            return #"{"error": {"code": 400,"message": "mock-gemini: request body is not valid JSON.","status": "INVALID_ARGUMENT"}}"#
        default:
            return #"{"error": {"code": 503,"message": "The model is overloaded. Please try again later.","status": "UNAVAILABLE"}}"#
        }
    }
}
