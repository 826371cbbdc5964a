import AsyncHTTPClient
import JSON
import LoadGenerator
import NIOCore
import ProxyConfig
import Testing

/// Each scenario fires its own rule through a live proxy (in process, in front of mock-gemini),
/// with the rules' windows shortened in config as a user would for a demo; `normal` fires none.
@Suite("Scenarios fire their rules through a live proxy", .timeLimit(.minutes(3)))
struct ScenarioRulesLiveTests {
    /// Windows of 30 s and an evaluation every second; thresholds stay the defaults.
    static let shortWindows = """
        rules:
          evaluation_interval: 1s
          definitions:
            hallucination:
              window: 30s
            quality_degradation:
              window: 30s
        """

    /// Runs `scenario` for `seconds` at 15 requests per second and returns the rules firing after
    /// it (polled for up to `wait` seconds for `expected`), with the quality mean seen.
    static func firing(
        _ scenario: Scenario, seconds: Int64 = 12, expected: String?, wait: Double = 20
    ) async throws -> (firing: Set<String>, quality: Double?) {
        let rules = try ProxyConfiguration.load(yaml: shortWindows).rules
        var result: (Set<String>, Double?) = ([], nil)
        try await LoadHarness.run(configure: { $0.rules = rules }) { h in
            let plan = LoadPlan.make(LoadConfiguration(scenario: scenario, rate: 15, duration: .seconds(seconds), seed: 5))
            let report = await LoadRunner(target: h.proxyBase, admin: nil, concurrency: 16, client: h.client).run(plan)
            #expect(report.responded == report.sent, "\(report.errors)")
            let deadline = ContinuousClock.now + .seconds(wait)
            repeat {
                result = try await Self.rules(h)
                if let expected, result.0.contains(expected) { break }
                try await Task.sleep(for: .milliseconds(500))
            } while ContinuousClock.now < deadline && expected != nil
            if expected == nil {
                try await Task.sleep(for: .seconds(2))
                result = try await Self.rules(h)
            }
        }
        return result
    }

    /// The ids of the rules in warn or alert, and the quality mean of the busiest model.
    static func rules(_ h: LoadHarness) async throws -> (Set<String>, Double?) {
        let response = try await h.client.execute(HTTPClientRequest(url: h.adminBase + "/v1/rules"), timeout: .seconds(5))
        let json = try JSONParser.parse(Array(try await response.body.collect(upTo: 16 << 20).readableBytesView))
        var firing = Set<String>()
        var quality: Double?
        for rule in json["rules"]?.arrayValue ?? json.arrayValue ?? [] {
            guard let id = rule["id"]?.stringValue ?? rule["rule"]?.stringValue else { continue }
            if ["warn", "alert"].contains(rule["state"]?.stringValue ?? "") { firing.insert(id) }
            if id == "quality_degradation" {
                for group in rule["groups"]?.arrayValue ?? [] {
                    for m in group["measurements"]?.arrayValue ?? [] where m["name"]?.stringValue == "quality_score_mean" {
                        quality = min(quality ?? 1, m["value"]?.doubleValue ?? 1)
                    }
                }
            }
        }
        return (firing, quality)
    }

    @Test func hallucinationFiresItsRule() async throws {
        let (firing, _) = try await Self.firing(.hallucination, expected: "hallucination")
        #expect(firing == ["hallucination"])
    }

    @Test func qualityFiresItsRule() async throws {
        let (firing, quality) = try await Self.firing(.quality, expected: "quality_degradation")
        #expect(firing == ["quality_degradation"], "quality mean \(quality ?? -1)")
        #expect((quality ?? 1) < 0.6, "the scenario's answers score below the default threshold: \(quality ?? -1)")
    }

    @Test func injectionFiresItsRule() async throws {
        let (firing, _) = try await Self.firing(.injection, expected: "prompt_injection")
        #expect(firing == ["prompt_injection"])
    }

    @Test func normalFiresNone() async throws {
        let (firing, quality) = try await Self.firing(.normal, expected: nil)
        #expect(firing.isEmpty, "quality mean \(quality ?? -1)")
    }
}
