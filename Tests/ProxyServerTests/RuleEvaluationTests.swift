import DatadogExport
import DetectionRules
import Logging
import ProxyConfig
import ProxyCore
@testable import ProxyServer
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The adapter around the rule engine: signals become Datadog events with the right alert type
/// and tags, and the baselines survive a restart through the state file.
@Suite struct RuleEvaluationTests {
    func evaluation(_ configuration: RulesConfiguration = .default) -> RuleEvaluation {
        RuleEvaluation(
            configuration: configuration, statsd: nil, webhook: nil, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() },
            llmService: "chatbot", costPerConversion: { nil }, costAdvice: { _ in nil }
        )
    }

    @Test func eventsCarryAlertTypeAggregationKeyAndTags() {
        var signal = RuleSignal(
            ruleID: "prompt_injection", kind: .promptInjection, severity: .critical, state: .alert, previousState: .ok,
            reason: .transition, group: RuleGroup(dimension: "session", value: "s1"), measurements: [], window: 60,
            summary: "score 0.93 > 0.7", samples: [RuleSample(traceID: String(repeating: "a", count: 32), callID: "c1", text: "prompt: [EMAIL]", model: "m")],
            runbookURL: "deploy/runbooks/prompt_injection.md", suggestedActions: ["Block the session"], adapterAdvice: nil,
            predictedTime: nil, baselineCoverageDays: nil, time: 0, aggregationKey: "outrigger-rule:prompt_injection:session=s1"
        )
        let alert = RuleEvaluation.event(for: RuleSignalDocument(signal), llmService: "chatbot")
        #expect(alert.alertType == .error && alert.aggregationKey == "outrigger-rule:prompt_injection:session=s1")
        #expect(Set(alert.tags).isSuperset(of: ["detection_rule:prompt_injection", "severity:critical", "state:alert", "llm_service:chatbot"]))
        #expect(alert.text.contains(String(repeating: "a", count: 32)) && alert.text.contains("deploy/runbooks/prompt_injection.md"))
        signal.state = .resolved
        #expect(RuleEvaluation.event(for: RuleSignalDocument(signal), llmService: "chatbot").alertType == .success)
        signal.state = .warn
        signal.severity = .medium
        #expect(RuleEvaluation.event(for: RuleSignalDocument(signal), llmService: "chatbot").alertType == .info)
    }

    @Test func baselinesSurviveARestart() throws {
        let path = "/tmp/outrigger-rule-state-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).json"
        defer { unlink(path) }
        let first = evaluation()
        let start = 1_800_000_000.0
        // Two hours of quality scores feed the quality baseline.
        for minute in 0..<120 {
            first.record(Self.record(at: start + Double(minute) * 60, quality: 0.9))
        }
        first.evaluate(now: start + 7200)
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        RuleStateFile(path: path, interval: .seconds(60), rules: first, logger: logger).save()
        let saved = first.snapshot(now: start + 7200).baselines.count
        #expect(saved > 0)

        let second = evaluation()
        #expect(second.snapshot(now: start + 7200).baselines.count == 0)
        RuleStateFile(path: path, interval: .seconds(60), rules: second, logger: logger).restore()
        #expect(second.snapshot(now: start + 7200).baselines.count == saved)

        // A corrupt file is ignored: the engine starts empty instead of failing.
        let file = fopen(path, "wb")
        fputs("{not json", file)
        fclose(file)
        let third = evaluation()
        RuleStateFile(path: path, interval: .seconds(60), rules: third, logger: logger).restore()
        #expect(third.snapshot(now: start + 7200).baselines.count == 0)
    }

    @Test func aRestartMidIncidentNeitherResendsNorForgetsTheAlertOrItsAcknowledgement() throws {
        let path = "/tmp/outrigger-rule-state-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).json"
        defer { unlink(path) }
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let start = 1_800_000_000.0
        // Five minutes of poor answers (quality 0.3) make quality_degradation alert.
        func poor(_ rules: RuleEvaluation, from: Double, seconds: Int) {
            for s in stride(from: 0, to: seconds, by: 5) {
                rules.record(Self.record(at: from + Double(s), quality: 0.3))
                if s % 10 == 0 { rules.evaluate(now: from + Double(s)) }
            }
        }
        let first = evaluation()
        poor(first, from: start, seconds: 300)
        #expect(first.recentSignals.filter { $0.rule == "quality_degradation" }.count == 1)
        #expect(first.acknowledge(ruleID: "quality_degradation", group: nil, now: start + 300))
        RuleStateFile(path: path, interval: .seconds(60), rules: first, logger: logger).save()

        let second = evaluation()
        RuleStateFile(path: path, interval: .seconds(60), rules: second, logger: logger).restore()
        poor(second, from: start + 310, seconds: 2 * 3600)
        #expect(second.recentSignals.isEmpty, "\(second.recentSignals.map(\.summary))")
        let status = try #require(second.statusDocument(now: start + 7500).first { $0.rule == "quality_degradation" })
        #expect(status.state == "alert" && status.groups.first?.acknowledged == true)

        // Without the file, the restarted proxy alerts again.
        let third = evaluation()
        poor(third, from: start + 310, seconds: 300)
        #expect(third.recentSignals.contains { $0.rule == "quality_degradation" && $0.state == "alert" })
    }

    /// The adapter fills each signal's context from the calls it saw and the changes it was told of.
    @Test func aSignalCarriesItsContext() {
        let rules = evaluation()
        let start = 1_800_000_000.0
        rules.noteChange("config reloaded (changed: upstream)", now: start - 120)
        for s in stride(from: 0, to: 300, by: 5) {
            rules.record(Self.record(at: start + Double(s), quality: 0.3))
            if s % 10 == 0 { rules.evaluate(now: start + Double(s)) }
        }
        let signal = rules.recentSignals.first { $0.rule == "quality_degradation" }
        let context = signal?.context ?? []
        #expect(context.contains { $0.hasPrefix("Latency: mean 100 ms") }, "\(context)")
        #expect(context.contains { $0.contains("config reloaded (changed: upstream)") }, "\(context)")
        #expect(signal?.text.contains("Context:\n- Latency") == true)
    }

    static func record(at time: Double, quality: Double) -> CallRecord {
        var record = CallRecord(
            id: "c", startedAt: time, dialect: .geminiAPI, operation: .generateContent, model: "gemini-2.5-flash", apiVersion: "v1beta",
            streamFormat: .unary, status: 200, outcome: .ok, duration: .milliseconds(100), timeToFirstByte: nil, requestBytes: 10,
            responseBytes: 10, requestUnparsed: false, response: nil, errorMessage: nil
        )
        var checks = ResponseChecks()
        checks.qualityScore = quality
        record.checks = checks
        return record
    }
}
