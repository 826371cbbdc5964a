import GeminiWire
import ProxyCore
import Testing

/// The gRPC methods of gemini.md §6, both dialects.
@Suite("GRPCRouteClassifier")
struct GRPCRouteClassifierTests {
    @Test("known methods name dialect, operation and version", arguments: [
        ("/google.cloud.aiplatform.v1.PredictionService/GenerateContent", Dialect.vertex, LLMOperation.generateContent, "v1"),
        ("/google.cloud.aiplatform.v1.PredictionService/StreamGenerateContent", .vertex, .streamGenerateContent, "v1"),
        ("/google.cloud.aiplatform.v1beta1.PredictionService/GenerateContent", .vertex, .generateContent, "v1beta1"),
        ("/google.cloud.aiplatform.v1beta1.PredictionService/StreamGenerateContent", .vertex, .streamGenerateContent, "v1beta1"),
        ("/google.cloud.aiplatform.v1.LlmUtilityService/CountTokens", .vertex, .countTokens, "v1"),
        ("/google.cloud.aiplatform.v1beta1.LlmUtilityService/CountTokens", .vertex, .countTokens, "v1beta1"),
        ("/google.cloud.aiplatform.v1beta1.PredictionService/CountTokens", .vertex, .countTokens, "v1beta1"),
        ("/google.ai.generativelanguage.v1beta.GenerativeService/GenerateContent", .geminiAPI, .generateContent, "v1beta"),
        ("/google.ai.generativelanguage.v1beta.GenerativeService/StreamGenerateContent", .geminiAPI, .streamGenerateContent, "v1beta"),
        ("/google.ai.generativelanguage.v1beta.GenerativeService/CountTokens", .geminiAPI, .countTokens, "v1beta"),
        ("/google.ai.generativelanguage.v1.GenerativeService/GenerateContent", .geminiAPI, .generateContent, "v1"),
        ("/google.ai.generativelanguage.v1alpha.GenerativeService/StreamGenerateContent", .geminiAPI, .streamGenerateContent, "v1alpha"),
        ("/google.ai.generativelanguage.v1.GenerativeService/CountTokens", .geminiAPI, .countTokens, "v1"),
    ])
    func known(_ path: String, _ dialect: Dialect, _ operation: LLMOperation, _ version: String) {
        let route = GRPCRouteClassifier.classify(path)
        #expect(route.dialect == dialect)
        #expect(route.operation == operation)
        #expect(route.apiVersion == version)
        #expect(route.streamFormat == .grpc)
        #expect(route.model == "")
        #expect(route.target == .fallback)
        #expect(route.grpcMethod == String(path.dropFirst()))
        #expect(route.isGRPC)
        #expect(route.isGeneration == operation.isGeneration)
    }

    @Test("other methods are .other but keep their name", arguments: [
        "/google.cloud.aiplatform.v1.PredictionService/Predict",
        "/google.cloud.aiplatform.v1.LlmUtilityService/ComputeTokens",
        "/google.cloud.aiplatform.v1.PredictionService/CountTokens",
        "/google.cloud.aiplatform.v2.PredictionService/GenerateContent",
        "/google.ai.generativelanguage.v1beta.GenerativeService/EmbedContent",
        "/google.ai.generativelanguage.v1beta.ModelService/GenerateContent",
        "/hipstershop.ProductCatalogService/ListProducts",
        "/grpc.health.v1.Health/Check",
    ])
    func other(_ path: String) {
        let route = GRPCRouteClassifier.classify(path)
        #expect(route.dialect == .other)
        #expect(route.operation == .other)
        #expect(route.streamFormat == .grpc)
        #expect(route.grpcMethod == String(path.dropFirst()))
        #expect(!route.isGeneration)
    }

    @Test("malformed method paths keep an empty method name", arguments: [
        "", "/", "google.cloud.aiplatform.v1.PredictionService/GenerateContent", "/NoMethod", "/a/b/c", "/svc/",
        "//Method", "/svc/Me thod", "/svc/Méthod", "/" + String(repeating: "a", count: 200) + "/M",
        "/google.cloud.aiplatform.v1.PredictionService/GenerateContent?x=1",
    ])
    func malformed(_ path: String) {
        let route = GRPCRouteClassifier.classify(path)
        #expect(route.dialect == .other)
        #expect(route.grpcMethod == "")
        #expect(route.isGRPC)
    }

    @Test("REST routes are not gRPC")
    func restIsNotGRPC() {
        let route = RouteClassifier.classify("/v1beta/models/gemini-2.0-flash:generateContent")
        #expect(route.grpcMethod == nil)
        #expect(!route.isGRPC)
    }
}
