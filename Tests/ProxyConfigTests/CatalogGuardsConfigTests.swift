import Guards
import ProxyConfig
import Testing

@Suite struct CatalogGuardsConfigTests {
    @Test(arguments: [
        ("catalog:\n  source: grpc\n", "catalog.grpc_address", 2, "set catalog.grpc_address"),
        ("catalog:\n  source: ftp\n", "catalog.source", 2, "expected builtin, file, url or grpc"),
        ("catalog:\n  source: url\n  url: ftp://x\n", "catalog.url", 3, "must start with http"),
        ("catalog:\n  grpc_address: nope\n", "catalog.grpc_address", 2, "expected host:port"),
        ("guards:\n  mode: shout\n", "guards.mode", 2, "expected observe or block"),
        ("guards:\n  threshold: 1.5\n", "guards.threshold", 2, "between 0 and 1"),
        ("guards:\n  block_threshold: 2\n", "guards.block_threshold", 2, "between 0 and 1"),
        ("guards:\n  disabled_categories: [code_payload, nonsense]\n", "guards.disabled_categories", 2, "unknown category 'nonsense'"),
        ("insights:\n  summary_model: \"a b\"\n", "insights.summary_model", 2, "invalid model name"),
        ("insights:\n  report_model: x\n  vertex_location: \"US Central\"\n", "insights.vertex_location", 3, "e.g. us-central1"),
        ("insights:\n  vertex_project: My_Project\n", "insights.vertex_project", 2, "invalid project id"),
        ("insights:\n  metadata_url: https://metadata/x\n", "insights.metadata_url", 2, "http://host[:port]"),
    ])
    func problemsNameTheKeyAndLine(yaml: String, keyPath: String, line: Int, fragment: String) throws {
        let problems = TestSupport.problems(yaml)
        let problem = try #require(problems.first, "no problem reported for \(yaml)")
        #expect(problems.count == 1, "\(problems)")
        #expect(problem.keyPath == keyPath && problem.line == line)
        #expect(problem.message.contains(fragment), "\(problem.message)")
    }

    @Test func validSectionsLoad() throws {
        let configuration = try ProxyConfiguration.load(
            yaml: "catalog:\n  source: grpc\n  grpc_address: productcatalogservice:3550\nguards:\n  mode: block\n  disabled_categories: [code_payload]\n"
        )
        #expect(configuration.catalog.source == .grpc(host: "productcatalogservice", port: 3550))
        #expect(configuration.guards.policy.mode == .block && configuration.guards.disabledCategories == ["code_payload"])
        #expect(configuration.guards.policy.blockThreshold == nil)
    }

    @Test func blockThresholdIsReadWhenSet() throws {
        let configuration = try ProxyConfiguration.load(yaml: "guards:\n  mode: block\n  threshold: 0.6\n  block_threshold: 0.8\n")
        #expect(configuration.guards.policy.threshold == 0.6 && configuration.guards.policy.blockThreshold == 0.8)
    }
}
