import Testing

@testable import Grounding

@Suite struct LengthBaselineTests {
    @Test func warmsUpThenFollowsDrift() throws {
        var baseline = LengthBaseline()
        for _ in 0..<50 { baseline.record(endpoint: "chat", length: 200) }
        let settled = try #require(baseline.stats(for: "chat"))
        #expect(settled.count == 50)
        #expect(settled.typicalLength == 200)
        #expect(settled.standardDeviation < 1e-9)

        // The endpoint's answers get longer; the baseline follows within a few dozen samples.
        for _ in 0..<100 { baseline.record(endpoint: "chat", length: 800) }
        let drifted = try #require(baseline.stats(for: "chat"))
        #expect(abs(drifted.typicalLength - 800) < 10)
    }

    @Test func scoringFollowsTheBaselineOverTime() {
        let scorer = QualityScorer()
        var baseline = LengthBaseline()
        let short = QualityInput(answer: String(repeating: "x", count: 20))
        // No baseline yet: only empty is penalised.
        #expect(scorer.score(short, baseline: baseline, endpoint: "chat")[.length]?.reason == "no_baseline")
        for i in 0..<19 { baseline.record(endpoint: "chat", length: 900 + i) }
        #expect(scorer.score(short, baseline: baseline, endpoint: "chat")[.length]?.reason == "no_baseline")
        baseline.record(endpoint: "chat", length: 900)
        #expect(scorer.score(short, baseline: baseline, endpoint: "chat")[.length]?.reason == "too_short")
        // Another endpoint that normally answers briefly finds the same answer typical.
        for _ in 0..<20 { baseline.record(endpoint: "classify", length: 18) }
        #expect(scorer.score(short, baseline: baseline, endpoint: "classify")[.length]?.reason == "typical")
    }

    @Test func boundedEndpointsEvictTheLeastRecent() {
        var baseline = LengthBaseline(configuration: .init(maxEndpoints: 3))
        baseline.record(endpoint: "a", length: 10)
        baseline.record(endpoint: "b", length: 10)
        baseline.record(endpoint: "c", length: 10)
        baseline.record(endpoint: "a", length: 10)
        baseline.record(endpoint: "d", length: 10)
        #expect(baseline.endpointCount == 3)
        #expect(baseline.stats(for: "b") == nil)
        #expect(baseline.stats(for: "a")?.count == 2)
        #expect(baseline.stats(for: "d") != nil)
    }
}
