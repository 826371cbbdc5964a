import ArgumentParser
import DetectionRules
import LoadGenerator
import LocalFiles
import ProxyConfig

/// `outrigger rules …`: offline tools for the detection rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Offline tools for the detection rules.",
        subcommands: [RulesReplay.self]
    )
}

/// `outrigger rules replay`: the rules of a config file over a call log or a scenario, on
/// simulated time, with the timeline of their signals (and, with `--compare`, what another
/// config would fire differently). See docs/rules.md, "Replay".
struct RulesReplay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a call log or a scenario through the rules of a config file, on simulated time.",
        discussion: """
            Give --log (a call log written with rules.call_log) or --scenario (simulated traffic of \
            one of: \(Scenario.allCases.map(\.rawValue).joined(separator: ", "))). A day replays in seconds.
            """
    )

    @Option(help: "The config file whose rules (rules.definitions, rules.capacity) are replayed; default: the built-in rules.")
    var config: String?

    @Option(help: "A call log (JSONL) written by outrigger serve with rules.call_log set.")
    var log: String?

    @Option(help: "Simulate this scenario's traffic instead of reading a log.")
    var scenario: String?

    @Option(help: "Requests per second of the simulated scenario.")
    var rate: Double = 2

    @Option(help: "How long the simulated scenario lasts: 24h, 2h, 90m.")
    var duration = "24h"

    @Option(help: "Seeds the simulated scenario.")
    var seed: UInt64 = 1

    @Option(help: "A second config file: show what its rules would fire differently.")
    var compare: String?

    func run() throws {
        let base = try ConfigLoading.load(path: config).rules
        let events = try loadEvents()
        let timeline = Self.replay(events, rules: base)
        printLine(timeline.text.hasSuffix("\n") ? String(timeline.text.dropLast()) : timeline.text)
        if let compare {
            let other = Self.replay(events, rules: try ConfigLoading.load(path: compare).rules)
            let diff = ReplayComparison(base: timeline, other: other)
            printLine("")
            printLine("with \(compare):")
            printLine(String(diff.text.dropLast()))
        }
    }

    /// Replays `events` through the rules of one configuration.
    static func replay(_ events: [RuleReplay.Event], rules: RulesConfiguration) -> ReplayTimeline {
        var replay = RuleReplay(
            definitions: rules.definitions, configuration: rules.engine, evaluationInterval: rules.engine.evaluationInterval)
        return replay.run(events)
    }

    func loadEvents() throws -> [RuleReplay.Event] {
        switch (log, scenario) {
        case (let path?, nil):
            guard let bytes = FileBytes.read(path, limit: 1 << 30) else {
                throw ValidationError("--log: cannot read '\(path)'; give the path of a call log written with rules.call_log")
            }
            var events: [RuleReplay.Event] = []
            for (number, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                do {
                    if let event = try CallLog.event(parsing: String(decoding: line, as: UTF8.self)) { events.append(event) }
                } catch {
                    throw ValidationError("--log: \(path) line \(number + 1): \(error)")
                }
            }
            // A log from several writers may be slightly out of order.
            events.sort { $0.time < $1.time }
            return events
        case (nil, let name?):
            guard let scenario = Scenario(rawValue: name) else {
                throw ValidationError("--scenario must be one of \(Scenario.allCases.map(\.rawValue).joined(separator: ", ")), got '\(name)'")
            }
            guard rate > 0, rate <= 1_000 else { throw ValidationError("--rate must be above 0 and at most 1000, got \(rate)") }
            let seconds: Double
            do {
                let d = try LoadDuration.parse(duration)
                seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            } catch {
                throw ValidationError("--duration: \(error)")
            }
            return ScenarioTraffic(scenario: scenario, rate: rate, duration: seconds, seed: seed).events()
        default:
            throw ValidationError("give exactly one of --log FILE or --scenario NAME")
        }
    }
}
