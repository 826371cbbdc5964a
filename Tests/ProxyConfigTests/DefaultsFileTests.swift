import ProxyConfig
import Testing

/// `config/outrigger.yaml` documents the defaults; these tests keep it equal to the code.
@Suite struct DefaultsFileTests {
    @Test func defaultsFileEqualsDefaultConfiguration() throws {
        let root = try #require(TestSupport.repositoryRoot(), "no directory above \(#filePath) holds config/outrigger.yaml")
        let configuration = try ProxyConfiguration.load(path: root + "/config/outrigger.yaml")
        #expect(configuration == .default)
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n", "---\n", "~\n", "null"])
    func emptyDocumentIsDefault(yaml: String) throws {
        #expect(try ProxyConfiguration.load(yaml: yaml) == .default)
    }

    @Test func emptySectionsAreDefaults() throws {
        let yaml = "admin:\nupstream: {}\nlimits: ~\nlogging:\n"
        #expect(try ProxyConfiguration.load(yaml: yaml) == .default)
    }

    @Test func documentedDefaultValues() {
        let configuration = ProxyConfiguration.default
        #expect(configuration.listen.description == "0.0.0.0:8080")
        #expect(configuration.admin.listen.description == "127.0.0.1:9464")
        #expect(configuration.admin.recentCalls == 100)
        #expect(configuration.serviceName == "llm-service")
        #expect(configuration.upstream.vertexRegionalURL == "https://{location}-aiplatform.googleapis.com")
        #expect(configuration.upstream.timeouts.total == .seconds(600))
        #expect(configuration.limits.maxRequestBodyBytes == 32 * 1024 * 1024)
        #expect(configuration.limits.maxResponseTapBytes == 8 * 1024 * 1024)
        #expect(configuration.logging.level == .info)
        #expect(configuration.logging.format == .text)
    }
}

@Suite struct ChangedSectionsTests {
    @Test func aReloadNamesTheSectionsItChanged() {
        var new = ProxyConfiguration.default
        #expect(new.changedSections(from: .default).isEmpty)
        new.guards.redactPrompts = true
        new.upstream.geminiAPIURL = "http://127.0.0.1:1"
        #expect(new.changedSections(from: .default) == ["upstream", "guards"])
    }
}
