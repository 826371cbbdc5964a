import AsyncHTTPClient
import GeminiWire
import Guards
import JSON
import LoadGenerator
import NIOCore
import ProxyConfig
import Testing

/// The runner against in-process mock-gemini and Outrigger: every planned request is sent and
/// answered, and the report counts what the mock and the proxy said.
@Suite("Load runner end to end", .timeLimit(.minutes(1)))
struct LoadRunnerTests {
    static func plan(_ scenario: Scenario, rate: Double = 20, milliseconds: Int64 = 1_500, seed: UInt64 = 3) -> LoadPlan {
        LoadPlan.make(LoadConfiguration(scenario: scenario, rate: rate, duration: .milliseconds(milliseconds), seed: seed))
    }

    @Test func normalTrafficThroughOutriggerIsAllAnswered() async throws {
        try await LoadHarness.run { h in
            let plan = Self.plan(.normal)
            let report = await LoadRunner(target: h.proxyBase, admin: h.adminBase, concurrency: 16, client: h.client).run(plan)
            #expect(report.planned == 30 && report.sent == 30)
            #expect(report.statusCounts == ["200": 30], "\(report.errors)")
            #expect(report.errors.isEmpty && report.blocked == 0 && report.hallucinated == 0 && report.faults.isEmpty)
            #expect(report.latencyMs.p50 > 0 && report.latencyMs.p99 >= report.latencyMs.p50)
            #expect(report.elapsedSeconds >= 1.4, "open loop: paced over the duration")

            // Outrigger saw every call, in both dialects.
            let status = try await Self.status(h, calls: 30)
            #expect(status["recent_calls"]?.arrayValue?.count == 30)
        }
    }

    @Test func hallucinationAndQualityFaultsAreCountedFromTheMocksHeaders() async throws {
        try await LoadHarness.run { h in
            let runner = LoadRunner(target: h.proxyBase, admin: nil, concurrency: 8, client: h.client)
            let hallucination = await runner.run(Self.plan(.hallucination, rate: 40))
            #expect(hallucination.sent == 60 && hallucination.statusCounts["200"] == 60)
            #expect(hallucination.hallucinated > 3 && hallucination.hallucinated < 40, "about 30 %")
            let quality = await runner.run(Self.plan(.quality, rate: 40))
            #expect(quality.faults["refusal", default: 0] + quality.faults["loop", default: 0] + quality.faults["truncated", default: 0] > 5, "\(quality.faults)")
            #expect(quality.sentByKind["junk", default: 0] > 0)
        }
    }

    @Test func conversionsAreRecordedByTheAdminPort() async throws {
        try await LoadHarness.run { h in
            let plan = Self.plan(.conversions, rate: 40, milliseconds: 3_000)
            let orders = plan.countsByKind[.conversion] ?? 0
            #expect(orders > 3)
            let report = await LoadRunner(target: h.proxyBase, admin: h.adminBase, concurrency: 16, client: h.client).run(plan)
            #expect(report.conversions.posted == orders && report.conversions.recorded == orders, "\(report.conversions)")
            let status = try await Self.status(h, calls: min(100, report.sent))
            #expect(status["sessions"]?["conversions"]?["all"]?["conversions"]?.intValue == orders)

            // Without --admin, the orders are skipped, not failed.
            let skipped = await LoadRunner(target: h.proxyBase, admin: nil, concurrency: 16, client: h.client).run(plan)
            #expect(skipped.conversions.skipped == orders && skipped.conversions.posted == 0)
        }
    }

    @Test func injectionBurstsAreBlockedInBlockMode() async throws {
        try await LoadHarness.run(configure: { $0.guards.policy.mode = .block }) { h in
            let plan = Self.plan(.injection, rate: 20, milliseconds: 5_000)
            let report = await LoadRunner(target: h.proxyBase, admin: nil, concurrency: 16, client: h.client).run(plan)
            #expect(report.sentByKind["attack", default: 0] >= 8 && report.burstRequests == 8)
            #expect(report.blocked > 4, "most attacks are blocked: \(report.blocked) of \(report.sentByKind)")
            #expect(report.statusCounts["400", default: 0] == report.blocked)
        }
    }

    @Test func capacityRampGets429sStraightFromTheMock() async throws {
        try await LoadHarness.run { h in
            let plan = Self.plan(.capacityRamp, rate: 20, milliseconds: 2_000)
            let report = await LoadRunner(target: h.mockBase, admin: nil, concurrency: 32, client: h.client).run(plan)
            #expect(report.sent == plan.requests.count)
            #expect(report.statusCounts["429", default: 0] > 0 && report.statusCounts["200", default: 0] > report.statusCounts["429", default: 0])
        }
    }

    @Test func anUnreachableTargetIsReportedAsErrors() async throws {
        try await LoadHarness.run { h in
            var runner = LoadRunner(target: "http://127.0.0.1:1", admin: nil, concurrency: 4, client: h.client)
            runner.timeout = .seconds(2)
            let report = await runner.run(Self.plan(.normal, rate: 10, milliseconds: 300))
            #expect(report.sent == 3 && report.responded == 0 && report.errors.values.reduce(0, +) == 3)
            #expect(report.text.contains("errors"))
            #expect(report.json.contains(#""sent" : 3"#))
        }
    }

    /// `/v1/status` once it lists `calls` recent calls (calls are processed just after their last byte).
    static func status(_ h: LoadHarness, calls: Int) async throws -> JSONValue {
        var json = JSONValue.null
        for _ in 0..<100 {
            let response = try await h.client.execute(HTTPClientRequest(url: h.adminBase + "/v1/status"), timeout: .seconds(5))
            let body = try await response.body.collect(upTo: 16 << 20)
            json = try JSONParser.parse(Array(body.readableBytesView))
            if (json["recent_calls"]?.arrayValue?.count ?? 0) >= calls { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        return json
    }
}
