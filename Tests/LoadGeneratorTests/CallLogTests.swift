import DetectionRules
import LoadGenerator
import LocalFiles
import ProxyConfig
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// With `rules.call_log` set, the proxy writes one line per call and per recorded conversion,
/// and the log replays through the rules.
@Suite("Call log", .timeLimit(.minutes(1)))
struct CallLogTests {
    @Test func theProxyLogsEveryCallAndConversionAndTheLogReplays() async throws {
        let path = "/tmp/outrigger-call-log-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl"
        defer { unlink(path) }
        let plan = LoadPlan.make(LoadConfiguration(scenario: .conversions, rate: 30, duration: .seconds(3), seed: 9))
        var report: LoadReport?
        try await LoadHarness.run(configure: { $0.rules.callLog = path }) { h in
            report = await LoadRunner(target: h.proxyBase, admin: h.adminBase, concurrency: 16, client: h.client).run(plan)
        }
        let sent = try #require(report).sent
        let bytes = try #require(FileBytes.read(path))
        let events = try String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { try CallLog.event(parsing: $0) }
        let calls = events.filter { if case .call = $0 { true } else { false } }
        let conversions = events.count - calls.count
        #expect(calls.count == sent, "one line per call, flushed at shutdown")
        #expect(conversions == report?.conversions.recorded && conversions > 0)
        #expect(calls.allSatisfy { if case .call(let o) = $0 { o.sessionID != nil && o.latencyMs > 0 } else { false } })

        var replay = RuleReplay()
        let timeline = replay.run(events.sorted { $0.time < $1.time })
        #expect(timeline.evaluations > 0 && timeline.signals.isEmpty, "\(timeline.text)")
    }
}
