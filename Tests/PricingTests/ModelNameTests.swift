import Pricing
import ProxyCore
import Testing

@Suite struct ModelNameTests {
    @Test(arguments: [
        ("gemini-2.5-flash", "gemini-2.5-flash"),
        ("models/gemini-2.5-flash", "gemini-2.5-flash"),
        ("publishers/google/models/gemini-2.5-pro", "gemini-2.5-pro"),
        ("projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash-001", "gemini-2.0-flash-001"),
        ("google/gemini-2.5-flash", "gemini-2.5-flash"),
        ("  Gemini-2.5-Flash \n", "gemini-2.5-flash"),
        ("gemini-2.5-flash:streamGenerateContent", "gemini-2.5-flash"),
        ("models/gemini-2.5-flash:countTokens", "gemini-2.5-flash"),
        ("tunedModels/my-model-001", "tunedmodels/my-model-001"),
        ("projects/p/locations/l/endpoints/123", "projects/p/locations/l/endpoints/123"),
        ("models/", ""),
        ("", ""),
    ])
    func normalizes(name: String, expected: String) {
        #expect(ModelName.normalize(name) == expected)
    }

    @Test(arguments: [
        ("gemini-2.5-flash", ["gemini-2.5-flash"]),
        ("gemini-2.0-flash-001", ["gemini-2.0-flash-001", "gemini-2.0-flash"]),
        ("gemini-2.5-flash-latest", ["gemini-2.5-flash-latest", "gemini-2.5-flash"]),
        ("gemini-2.5-flash-preview-05-20", ["gemini-2.5-flash-preview-05-20", "gemini-2.5-flash-preview"]),
        ("gemini-2.5-flash-preview-09-2025", ["gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-preview"]),
        ("gemini-2.5-pro-2025-06-17", ["gemini-2.5-pro-2025-06-17", "gemini-2.5-pro"]),
        ("gemini-2.5-pro-20250617", ["gemini-2.5-pro-20250617", "gemini-2.5-pro"]),
        ("gemini-exp-1206", ["gemini-exp-1206", "gemini-exp"]),
        ("gemini-1.5-pro-002-latest", ["gemini-1.5-pro-002-latest", "gemini-1.5-pro-002", "gemini-1.5-pro"]),
        ("gemini-2.5-flash-1", ["gemini-2.5-flash-1"]),
        ("gemini-2.5-flash-123456789", ["gemini-2.5-flash-123456789"]),
        ("001", ["001"]),
        ("-latest", ["-latest"]),
    ])
    func lookupCandidates(name: String, expected: [String]) {
        #expect(ModelName.lookupCandidates(name) == expected)
    }

    /// Resolution in the default table: explicit aliases, prefixes and the suffix rule.
    @Test(arguments: [
        ("gemini-2.5-flash", "gemini-2.5-flash"),
        ("models/gemini-2.0-flash-001", "gemini-2.0-flash"),
        ("publishers/google/models/gemini-2.0-flash-001", "gemini-2.0-flash"),
        ("gemini-2.0-flash-002", "gemini-2.0-flash"),
        ("gemini-2.0-flash-lite-001", "gemini-2.0-flash-lite"),
        ("gemini-2.5-flash-lite", "gemini-2.5-flash-lite"),
        ("gemini-2.5-flash-latest", "gemini-2.5-flash"),
        ("gemini-2.5-pro-2025-06-17", "gemini-2.5-pro"),
        ("GEMINI-1.5-PRO-002", "gemini-1.5-pro"),
        ("google/gemini-1.5-flash-002", "gemini-1.5-flash"),
    ])
    func resolvesKnownNames(name: String, model: String) throws {
        let priced = try #require(PriceTable.default.resolve(name))
        #expect(priced.model == model)
    }

    @Test(arguments: [
        "gemini-3-pro",
        "gemini-2.5-flash-preview-09-2025",
        "gemini-2.5-flash-lite-preview-06-17",
        "gemini-flash-latest",
        "gemini-2.0-flash-exp",
        "tunedModels/gemini-2.5-flash",
        "projects/p/locations/l/endpoints/123",
        "text-embedding-004",
        "",
    ])
    func leavesOthersUnknown(name: String) {
        #expect(PriceTable.default.resolve(name) == nil)
    }
}
