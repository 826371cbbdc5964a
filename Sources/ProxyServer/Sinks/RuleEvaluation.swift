import DatadogExport
import DetectionRules
import FoundationEssentials
import Logging
import Notifiers
import ProxyConfig
import ProxyCore
import Synchronization

/// The detection rules in the proxy: every call record feeds the engine, and every
/// `rules.evaluation_interval` the engine is evaluated. Each signal goes to the notifiers
/// (a Datadog event, the webhook, a log line) and to `/v1/signals`; rule states and error
/// probabilities go out as gauges.
final class RuleEvaluation: CallRecordSink, Sendable {
    private let engine: Mutex<RuleEngine>
    private let recent = Mutex<[RuleSignalDocument]>([])
    /// Latency, errors, findings and changes around each signal.
    private let context = Mutex(SignalContextTracker())
    private let definitions: [String: RuleDefinition]
    private let configuration: RulesConfiguration
    private let statsd: DogStatsDClient?
    private let webhook: WebhookNotifier?
    private let logger: Logger
    private let llmService: String
    /// The last hour's cost per conversion, when it has conversions.
    private let costPerConversion: @Sendable () -> Double?
    /// One line of cost advice for cost signals.
    private let costAdvice: @Sendable (Double) -> String?
    /// Signals kept for `/v1/signals`.
    static let recentCapacity = 100

    init(
        configuration: RulesConfiguration, statsd: DogStatsDClient?, webhook: WebhookNotifier?, logger: Logger, llmService: String,
        costPerConversion: @escaping @Sendable () -> Double?, costAdvice: @escaping @Sendable (Double) -> String?
    ) {
        self.configuration = configuration
        // The engine reports its next evaluation from the interval this adapter actually uses.
        var engineConfiguration = configuration.engine
        engineConfiguration.evaluationInterval = Double(configuration.evaluationInterval.nanoseconds) / 1e9
        engine = Mutex(RuleEngine(definitions: configuration.definitions, configuration: engineConfiguration))
        definitions = Dictionary(configuration.definitions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.statsd = statsd
        self.webhook = webhook
        var logger = logger
        logger[metadataKey: "component"] = "rules"
        self.logger = logger
        self.llmService = llmService
        self.costPerConversion = costPerConversion
        self.costAdvice = costAdvice
    }

    func record(_ record: CallRecord) {
        let observation = RuleObservation(record: record, sample: Self.sample(for: record))
        engine.withLock { $0.observe(observation) }
        let call = ContextObservation(record: record, base: observation)
        context.withLock { $0.observe(call) }
    }

    /// Notes a change that later signals mention (a config reload and the sections it changed).
    func noteChange(_ text: String, now: Double) {
        context.withLock { $0.noteChange(at: now, text) }
    }

    /// Evaluates every rule at wall-clock `now` and sends what changed.
    func evaluate(now: Double) {
        let cost = costPerConversion()
        let (signals, states, probabilities) = engine.withLock { engine in
            if let cost { engine.observeCostPerConversion(usd: cost, at: now) }
            let signals = engine.evaluate(now: now)
            return (signals, engine.status(now: now), engine.errorProbabilities)
        }
        reportGauges(states, probabilities)
        for var signal in signals {
            if signal.kind == .costPerConversion, signal.state.isFiring { signal.adapterAdvice = costAdvice(now) }
            signal.context = context.withLock { $0.context(for: signal, now: now) }
            dispatch(RuleSignalDocument(signal))
        }
    }

    /// Acknowledges a rule's group (or every firing group when `group` is nil).
    /// - Returns: whether anything was acknowledged.
    func acknowledge(ruleID: String, group: String?, now: Double) -> Bool {
        engine.withLock { engine in
            if let group { return engine.acknowledge(ruleID: ruleID, group: group, now: now) }
            let firing = engine.status(now: now).first { $0.ruleID == ruleID }?.groups.filter { $0.state.isFiring } ?? []
            var any = false
            for g in firing where engine.acknowledge(ruleID: ruleID, group: g.group.description, now: now) { any = true }
            return any
        }
    }

    func knows(ruleID: String) -> Bool { definitions[ruleID] != nil }

    /// `GET /v1/rules`.
    func statusDocument(now: Double) -> [RuleStatusDocument] {
        engine.withLock { $0.status(now: now) }.map {
            RuleStatusDocument($0, definition: definitions[$0.ruleID], runbookBase: configuration.engine.runbookBaseURL)
        }
    }

    /// `GET /v1/signals`, newest first.
    var recentSignals: [RuleSignalDocument] { recent.withLock { $0.reversed() } }

    /// The baselines, for the state file.
    func snapshot(now: Double) -> BaselineSnapshot { engine.withLock { $0.snapshot(now: now) } }

    /// Restores saved baselines; returns how many were restored.
    func restore(_ snapshot: BaselineSnapshot) -> Int { engine.withLock { $0.restore(snapshot) } }

    /// Windows, forecasters, baselines, states and acknowledgements, for the state file.
    func stateSnapshot(now: Double) -> RuleStateSnapshot { engine.withLock { $0.stateSnapshot(now: now) } }

    /// Restores saved rule state; returns how many groups were restored.
    func restore(_ snapshot: RuleStateSnapshot) -> Int { engine.withLock { $0.restore(snapshot) } }

    var approximateMemoryBytes: Int { engine.withLock { $0.approximateMemoryBytes } }

    private func dispatch(_ signal: RuleSignalDocument) {
        recent.withLock {
            $0.append(signal)
            if $0.count > Self.recentCapacity { $0.removeFirst($0.count - Self.recentCapacity) }
        }
        if configuration.notify.log {
            let level: Logger.Level = signal.state == "alert" ? .error : signal.state == "warn" ? .warning : .notice
            logger.log(
                level: level, "rule signal",
                metadata: [
                    "rule": .string(signal.rule), "severity": .string(signal.severity), "state": .string(signal.state),
                    "previous_state": .string(signal.previousState), "reason": .string(signal.reason),
                    "group": .string(signal.group), "summary": .string(signal.summary), "runbook": .string(signal.runbook),
                    "trace_ids": .string(signal.samples.compactMap(\.traceID).joined(separator: ",")),
                ]
            )
        }
        if configuration.notify.datadogEvents, let statsd { statsd.send(Self.event(for: signal, llmService: llmService)) }
        webhook?.send(RuleSignalDocument.webhookBody(for: signal))
    }

    private func reportGauges(_ states: [RuleStatus], _ probabilities: [String: Double]) {
        guard let statsd else { return }
        for status in states where status.enabled {
            let state = RuleStatusDocument.worst(status.groups.map(\.state))
            let severity = definitions[status.ruleID]?.severity.rawValue ?? "medium"
            statsd.record(
                MetricSample(
                    name: "outrigger.rule.state", value: state == .alert ? 2 : state == .warn ? 1 : 0, type: .gauge,
                    tags: ["rule:" + status.ruleID, "severity:" + severity, "llm_service:" + llmService]
                )
            )
        }
        for (model, probability) in probabilities {
            statsd.record(
                MetricSample(
                    name: "llm.prediction.error_probability", value: probability, type: .gauge,
                    tags: ["model:" + model, "llm_service:" + llmService]
                )
            )
        }
    }

    /// The Datadog event of a signal: alert type from state and severity, one aggregation key
    /// per rule and group, and the tags monitors and the dashboard filter on.
    static func event(for signal: RuleSignalDocument, llmService: String) -> DogStatsDEvent {
        let alertType: DogStatsDEvent.AlertType
        switch (signal.state, signal.severity) {
        case ("resolved", _), ("ok", _): alertType = .success
        case ("alert", "critical"), ("alert", "high"): alertType = .error
        case ("alert", _), ("warn", "critical"), ("warn", "high"): alertType = .warning
        default: alertType = .info
        }
        return DogStatsDEvent(
            title: "[Outrigger] \(signal.rule) \(signal.state): \(signal.group)", text: signal.text, alertType: alertType,
            priority: signal.severity == "low" ? .low : .normal, aggregationKey: signal.aggregationKey,
            tags: [
                "detection_rule:" + signal.rule, "severity:" + signal.severity, "state:" + signal.state,
                "llm_service:" + llmService,
            ]
        )
    }

    /// A redacted excerpt for calls a rule may cite: an injection attempt's user text, or the
    /// answer that named unknown products or scored low. Other calls carry none (and cost nothing).
    static func sample(for record: CallRecord) -> RuleSample? {
        let suspicious = (record.security?.injectionScore ?? 0) >= 0.5 || record.security?.sessionFlagged == true
        let badAnswer = (record.checks?.invalidIDs ?? 0) > 0 || (record.checks?.qualityScore ?? 1) < 0.6
        guard suspicious || badAnswer || record.status == 429 else { return nil }
        let text: String
        if suspicious, let user = record.prompt?.messages.last(where: { $0.role == "user" })?.content {
            text = "prompt: " + String(user.suffix(400))
        } else if let answer = record.response?.text, !answer.isEmpty {
            text = "answer: " + String(answer.prefix(400))
        } else {
            text = "status \(record.status)"
        }
        return RuleSample(record: record, redactedText: PIIRedaction.redact(text))
    }
}
