import AsyncHTTPClient
import DatadogExport
import GeminiWire
import MockGemini
import NIOHTTP1
import ProxyConfig
import ProxyCore
import ProxyTesting
import Testing

/// The measured invalid-product rate against mock-gemini's ground truth.
@Suite("Grounding end to end", .timeLimit(.minutes(3)))
struct GroundingEndToEndTests {
    static let path = "/v1beta/models/gemini-2.5-flash:generateContent"

    /// Sums a count metric over flushes.
    static func total(_ lines: [String], _ prefix: String) -> Int {
        lines.filter { $0.hasPrefix(prefix) }.compactMap { Int($0.split(separator: ":")[1].prefix { $0 != "|" }) }.reduce(0, +)
    }

    /// Every value of a distribution (values may be packed `name:v1:v2|d|…`).
    static func values(_ lines: [String], _ name: String) -> [Double] {
        lines.filter { $0.hasPrefix(name + ":") }.flatMap { line in
            line.split(separator: "|")[0].split(separator: ":").dropFirst().compactMap { Double($0) }
        }
    }

    @Test(arguments: [0.2, 0.0])
    func theInvalidProductRateMatchesTheMocksGroundTruth(hallucinationRate: Double) async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: capture.port), flushInterval: .milliseconds(100))
        let behavior = try MockBehavior().applying("hallucination_rate=\(hallucinationRate)")
        try await ProxyHarness.run(behavior: behavior, dogStatsD: statsd) { h in
            var hallucinated = 0
            for i in 0..<500 {
                let body = #"{"contents":[{"role":"user","parts":[{"text":"Customer message: gift idea number \#(i)?"}]}]}"#
                let response = try await h.fetch(h.post(h.proxyBase + Self.path, body: body))
                #expect(response.status == 200)
                hallucinated += response.headers.first(name: "x-mock-hallucinated").map { $0.split(separator: ",").count } ?? 0
            }
            _ = try await h.status(waitingFor: 100)
            let lines = try await capture.wait(timeout: .seconds(20), until: { Self.values($0, "llm.recommendation.invalid_product_rate").count >= 500 })
            let rates = Self.values(lines, "llm.recommendation.invalid_product_rate")
            #expect(rates.count == 500, "one rate per answer that names products")
            let detected = Self.total(lines, "llm.grounding.issues:")
            #expect(detected == hallucinated, "every invented ID is caught, and nothing else (\(detected) vs \(hallucinated))")
            if hallucinationRate == 0 {
                #expect(hallucinated == 0)
                #expect(rates.allSatisfy { $0 == 0 }, "a clean run reports exactly 0")
            } else {
                // About 20 % of answers carry one invented ID among 2–3 mentions.
                let share = Double(rates.filter { $0 > 0 }.count) / 500
                #expect(abs(share - hallucinationRate) < 0.06, "share of answers with an invented ID: \(share)")
                let meanRate = rates.reduce(0, +) / Double(rates.count)
                #expect(meanRate > 0.04 && meanRate < 0.12, "mean invalid-product rate \(meanRate)")
            }
        }
        try await capture.stop()
    }

    /// The hallucination scenario's knobs (ScenarioProfile) in every answer layout: issues by kind
    /// equal the mock's ground truth headers exactly.
    @Test func issuesByKindMatchTheMocksGroundTruth() async throws {
        let capture = try await DatagramCapture.start()
        let statsd = DogStatsDConfiguration(endpoint: .udp(host: "127.0.0.1", port: capture.port), flushInterval: .milliseconds(100))
        let behavior = try MockBehavior().applying("hallucination_rate=0.3, swap_name_rate=0.3, wrong_price_rate=0.3")
        try await ProxyHarness.run(behavior: behavior, dogStatsD: statsd) { h in
            var truth: [String: Int] = [:]
            var layouts: Set<String> = []
            for i in 0..<300 {
                let body = #"{"contents":[{"role":"user","parts":[{"text":"Customer message: present number \#(i)?"}]}]}"#
                let response = try await h.fetch(h.post(h.proxyBase + Self.path, body: body))
                #expect(response.status == 200)
                for (header, kind) in [
                    ("x-mock-hallucinated", "invalid_id"), ("x-mock-swapped-names", "name_mismatch"), ("x-mock-wrong-prices", "price_mismatch"),
                ] {
                    truth[kind, default: 0] += response.headers.first(name: header).map { $0.split(separator: ",").count } ?? 0
                }
                if let layout = response.headers.first(name: "x-mock-layout") { layouts.insert(layout) }
            }
            _ = try await h.status(waitingFor: 100)
            let lines = try await capture.wait(timeout: .seconds(20), until: { Self.values($0, "llm.recommendation.invalid_product_rate").count >= 300 })
            #expect(layouts.count == MockAnswerLayout.allCases.count, "every layout was answered: \(layouts)")
            for kind in ["invalid_id", "name_mismatch", "price_mismatch"] {
                let found = Self.total(lines.filter { $0.contains("kind:" + kind) }, "llm.grounding.issues:")
                #expect(found == truth[kind], "\(kind): found \(found), mock \(truth[kind] ?? 0)")
                #expect((truth[kind] ?? 0) > 30, "\(kind) was exercised")
            }
            #expect(Self.total(lines.filter { $0.contains("kind:no_products") }, "llm.grounding.issues:") == 0)
        }
        try await capture.stop()
    }
}
