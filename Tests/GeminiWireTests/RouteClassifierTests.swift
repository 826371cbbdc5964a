import GeminiWire
import ProxyCore
import Testing

/// Every path form from gemini.md §1, both dialects.
@Suite("RouteClassifier")
struct RouteClassifierTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var path: String
        var dialect: Dialect
        var operation: LLMOperation
        var model: String
        var version: String?
        var format: StreamFormat = .unary
        var target: UpstreamTarget
        var express = false
        var enumInts = false
        var testDescription: String { path }
    }

    static let cases: [Case] = [
        // Vertex regional, publisher models, v1 and v1beta1.
        Case(path: "/v1/projects/my-proj/locations/us-central1/publishers/google/models/gemini-2.0-flash-001:generateContent",
             dialect: .vertex, operation: .generateContent, model: "gemini-2.0-flash-001", version: "v1",
             target: .vertexRegional(location: "us-central1")),
        Case(path: "/v1beta1/projects/p/locations/europe-west4/publishers/google/models/gemini-2.5-pro:streamGenerateContent?alt=sse",
             dialect: .vertex, operation: .streamGenerateContent, model: "gemini-2.5-pro", version: "v1beta1", format: .sse,
             target: .vertexRegional(location: "europe-west4")),
        // The vertexai SDK's REST transport: JSON-array stream with integer enums.
        Case(path: "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001:streamGenerateContent?%24alt=json%3Benum-encoding%3Dint",
             dialect: .vertex, operation: .streamGenerateContent, model: "gemini-2.0-flash-001", version: "v1", format: .jsonArray,
             target: .vertexRegional(location: "us-central1"), enumInts: true),
        Case(path: "/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001:countTokens?$alt=json;enum-encoding=int",
             dialect: .vertex, operation: .countTokens, model: "gemini-2.0-flash-001", version: "v1",
             target: .vertexRegional(location: "us-central1"), enumInts: true),
        // Global and multi-region hosts.
        Case(path: "/v1/projects/p/locations/global/publishers/google/models/gemini-2.5-flash:generateContent",
             dialect: .vertex, operation: .generateContent, model: "gemini-2.5-flash", version: "v1", target: .vertexGlobal),
        Case(path: "/v1/projects/p/locations/us/publishers/google/models/gemini-2.5-flash:generateContent",
             dialect: .vertex, operation: .generateContent, model: "gemini-2.5-flash", version: "v1", target: .vertexMultiRegion(location: "us")),
        Case(path: "/v1beta1/projects/p/locations/eu/publishers/google/models/gemini-2.5-flash:computeTokens",
             dialect: .vertex, operation: .computeTokens, model: "gemini-2.5-flash", version: "v1beta1", target: .vertexMultiRegion(location: "eu")),
        // Tuned endpoints, with and without a project.
        Case(path: "/v1/projects/p/locations/us-central1/endpoints/1234567890:generateContent",
             dialect: .vertex, operation: .generateContent, model: "endpoints/1234567890", version: "v1",
             target: .vertexRegional(location: "us-central1")),
        Case(path: "/v1/endpoints/987:streamGenerateContent",
             dialect: .vertex, operation: .streamGenerateContent, model: "endpoints/987", version: "v1", format: .jsonArray,
             target: .vertexGlobal),
        // Express mode: publishers path without a project, API key auth.
        Case(path: "/v1beta1/publishers/google/models/gemini-2.5-flash:generateContent",
             dialect: .vertex, operation: .generateContent, model: "gemini-2.5-flash", version: "v1beta1",
             target: .vertexGlobal, express: true),
        Case(path: "/v1/publishers/google/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
             dialect: .vertex, operation: .streamGenerateContent, model: "gemini-2.5-flash", version: "v1", format: .sse,
             target: .vertexGlobal, express: true),
        // Developer API: v1beta and v1, models and tunedModels, key in the query.
        Case(path: "/v1beta/models/gemini-2.0-flash:generateContent",
             dialect: .geminiAPI, operation: .generateContent, model: "gemini-2.0-flash", version: "v1beta", target: .geminiAPI),
        Case(path: "/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse&key=abc",
             dialect: .geminiAPI, operation: .streamGenerateContent, model: "gemini-2.0-flash", version: "v1beta", format: .sse,
             target: .geminiAPI),
        Case(path: "/v1/models/gemini-2.5-flash:streamGenerateContent",
             dialect: .geminiAPI, operation: .streamGenerateContent, model: "gemini-2.5-flash", version: "v1", format: .jsonArray,
             target: .geminiAPI),
        Case(path: "/v1beta/tunedModels/my-tuned-model:generateContent",
             dialect: .geminiAPI, operation: .generateContent, model: "tunedModels/my-tuned-model", version: "v1beta", target: .geminiAPI),
        Case(path: "/v1beta/models/gemini-2.0-flash:countTokens",
             dialect: .geminiAPI, operation: .countTokens, model: "gemini-2.0-flash", version: "v1beta", target: .geminiAPI),
        Case(path: "/v1beta/models/text-embedding-004:embedContent",
             dialect: .geminiAPI, operation: .embedContent, model: "text-embedding-004", version: "v1beta", target: .geminiAPI),
        Case(path: "/v1alpha/models/gemini-2.0-flash:batchEmbedContents",
             dialect: .geminiAPI, operation: .batchEmbedContents, model: "gemini-2.0-flash", version: "v1alpha", target: .geminiAPI),
    ]

    @Test(arguments: cases)
    func classifies(_ c: Case) {
        let route = RouteClassifier.classify(c.path)
        #expect(route.dialect == c.dialect)
        #expect(route.operation == c.operation)
        #expect(route.model == c.model)
        #expect(route.apiVersion == c.version)
        #expect(route.streamFormat == c.format)
        #expect(route.target == c.target)
        #expect(route.isExpressMode == c.express)
        #expect(route.enumsAsIntegers == c.enumInts)
    }

    @Test(arguments: [
        "/", "/healthz", "/v1beta/models", "/v1beta/models/gemini-2.0-flash", "/v2/models/x:generateContent",
        "/v1/projects/p/locations/us-central1/endpoints/openapi/chat/completions", "/v1beta/openai/chat/completions",
        "/v1beta/files/abc:download", "/v1/projects/p/publishers/google/models/m:generateContent",
        "/v1beta/models/..:generateContent", "/upload/v1beta/files",
    ])
    func unrecognisedPathsAreOther(_ path: String) {
        let route = RouteClassifier.classify(path)
        #expect(route.dialect == .other)
        #expect(route.target == .fallback)
    }

    @Test func projectAndLocationAreCaptured() {
        let route = RouteClassifier.classify("/v1/projects/shop-prod/locations/asia-northeast1/publishers/google/models/m:generateContent")
        #expect(route.project == "shop-prod")
        #expect(route.location == "asia-northeast1")
        #expect(route.publisher == "google")
    }

    @Test func locationsThatAreNotHostLabelsFallBackToTheGlobalHost() {
        // A location becomes part of a host name; anything but [a-z0-9-] must not reach it.
        let route = RouteClassifier.classify("/v1/projects/p/locations/evil.com%2F/publishers/google/models/m:generateContent")
        #expect(route.target == .vertexGlobal)
    }

    @Test func unknownVerbsKeepTheDialect() {
        let route = RouteClassifier.classify("/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude:rawPredict")
        #expect(route.dialect == .vertex)
        #expect(route.operation == .other)
        #expect(!route.isGeneration)
    }
}
