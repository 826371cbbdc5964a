import AsyncHTTPClient
import JSON
import MockGemini
import NIOCore
import NIOHTTP1
import ProxyConfig
@testable import ProxyServer
import ProxyTesting
import Testing

/// `limits.in_flight_body_bytes`: request bodies held at once, over all connections.
@Suite struct BodyBudgetTests {
    static let path = "/v1beta/models/gemini-2.5-flash:generateContent"

    /// About `size` bytes of valid request JSON (whitespace padding).
    static func body(_ size: Int) -> String {
        let prompt = #"{"contents":[{"role":"user","parts":[{"text":"Recommend a mug"}]}]}"#
        return prompt + String(repeating: " ", count: max(0, size - prompt.utf8.count))
    }

    @Test func aLoneBodyAlwaysFitsAndOthersWaitTheirTurn() {
        let budget = BodyBudget(limit: 1_000)
        let first = BodyReservation(budget)
        #expect(first.grow(to: 5_000), "a lone body over the limit is still taken")
        let second = BodyReservation(budget)
        #expect(!second.grow(to: 10) && budget.refused == 1)
        first.release()
        #expect(budget.inFlight == 0 && second.grow(to: 900) && budget.inFlight == 900)
        let third = BodyReservation(budget)
        #expect(third.grow(to: 100) && !third.grow(to: 101))
    }

    @Test func aBodyOverTheBudgetGetsA503WhileAnotherIsInFlight() async throws {
        try await ProxyHarness.run(
            behavior: try .init().applying("latency=1500ms"),
            configure: { $0.limits.inFlightBodyBytes = 100_000 }
        ) { h in
            let slow = Task { try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body(80_000))) }
            // The first body is read and waiting on the slow upstream.
            var inFlight = 0
            for _ in 0..<100 where inFlight == 0 {
                try await Task.sleep(for: .milliseconds(20))
                inFlight = try await h.status(waitingFor: 0)["traffic"]?["in_flight_body_bytes"]?.intValue ?? 0
            }
            #expect(inFlight == 80_000)
            let refused = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body(30_000)))
            #expect(refused.status == 503)
            #expect(refused.headers.first(name: "retry-after") == "1")
            #expect(refused.headers.first(name: "x-outrigger-error") == "proxy_overloaded")
            let small = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body(10_000)))
            #expect(small.status == 200, "a body that fits beside the first goes through")
            #expect(try await slow.value.status == 200)
            let after = try await h.fetch(h.post(h.proxyBase + Self.path, body: Self.body(90_000)))
            #expect(after.status == 200, "the budget is given back when a call ends")
            let status = try await h.status(waitingFor: 4)
            #expect(status["traffic"]?["refused_bodies"]?.intValue == 1)
            #expect(status["traffic"]?["in_flight_body_bytes"]?.intValue == 0)
            let outcomes = status["recent_calls"]?.arrayValue?.compactMap { $0["outcome"]?.stringValue } ?? []
            #expect(outcomes.filter { $0 == "overloaded" }.count == 1, "the refused call is recorded: \(outcomes)")
        }
    }
}
