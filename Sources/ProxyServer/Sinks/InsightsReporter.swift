import CostAdvice
import DatadogExport
import FoundationEssentials
import JSON
import Logging
import Pricing
import ProxyCore
import Synchronization
import UpstreamClient

/// The Gemini-written health report (`insights.report_interval`): Outrigger's computed facts go to
/// Gemini, the reply is checked against them (``InsightFactCheck``: every number must come from
/// the facts), and a reply that passes becomes a Datadog event and `GET /v1/insights`. The top
/// cost recommendations go to Datadog as events of their own, with their dollar figures, whether
/// or not Gemini is reachable. Without credentials there is no call, and the document says why.
final class InsightsReporter: Sendable {
    /// The last report, as `GET /v1/insights` shows it.
    struct Report: Encodable, Sendable {
        var generatedAt: Double
        var model: String?
        /// Published text; nil when there is none (see `outcome`).
        var summary: String?
        /// `published`, `rejected` (a number not in the facts), `failed` (the call) or `disabled`.
        var outcome: String
        var detail: String?
        /// Numbers in a rejected reply that no fact supports.
        var unsupportedNumbers: [String]?
        var promptTokens: Int?
        var outputTokens: Int?
        var costUSD: Double?
        var recommendations: [Recommendation]
        /// The facts sent (a JSON object, as text).
        var facts: String

        struct Recommendation: Encodable, Sendable {
            var text: String
            var monthlySavingUSD: Double
            enum CodingKeys: String, CodingKey { case text, monthlySavingUSD = "monthly_saving_usd" }
        }

        enum CodingKeys: String, CodingKey {
            case generatedAt = "generated_at", model, summary, outcome, detail, unsupportedNumbers = "unsupported_numbers"
            case promptTokens = "prompt_tokens", outputTokens = "output_tokens", costUSD = "cost_usd", recommendations, facts
        }
    }

    private let writer: InsightsWriter?
    private let disabledReason: String
    private let costs: CostInsights
    private let rules: RuleEvaluation?
    private let status: StatusStore
    private let statsd: DogStatsDClient?
    private let prices: PriceTable
    private let llmService: String
    private let logger: Logger
    private let latest = Mutex<Report?>(nil)

    /// - Parameters:
    ///   - writer: the Gemini call; nil when there are no credentials (`disabledReason` says so).
    init(
        writer: InsightsWriter?, disabledReason: String, costs: CostInsights, rules: RuleEvaluation?, status: StatusStore,
        statsd: DogStatsDClient?, prices: PriceTable, llmService: String, logger: Logger
    ) {
        self.writer = writer
        self.disabledReason = disabledReason
        self.costs = costs
        self.rules = rules
        self.status = status
        self.statsd = statsd
        self.prices = prices
        self.llmService = llmService
        var logger = logger
        logger[metadataKey: "component"] = "insights"
        self.logger = logger
    }

    /// One cycle: facts, recommendations, Gemini's report and its fact check.
    func report(now: Double) async {
        let facts = facts(now: now)
        let recommendations = costs.topAdvice(now: now, limit: 3).map { Report.Recommendation(text: $0.text, monthlySavingUSD: $0.monthlySavingUSD) }
        for item in recommendations { send(recommendation: item) }
        var report = Report(generatedAt: now, outcome: "disabled", detail: disabledReason, recommendations: recommendations, facts: facts)
        if let writer {
            report.model = writer.model
            switch await writer.write(facts: facts) {
            case .failure(let error):
                report.outcome = "failed"
                report.detail = error.description
            case .success(let reply):
                report.promptTokens = reply.usage?.promptTokens
                report.outputTokens = reply.usage?.candidatesTokens
                report.costUSD = reply.usage.map { prices.cost(of: $0, model: writer.model, dialect: .geminiAPI).total.dollars }
                let unsupported = InsightFactCheck(facts: facts).unsupported(in: reply.text)
                if unsupported.isEmpty {
                    report.outcome = "published"
                    report.detail = nil
                    report.summary = reply.text
                    send(summary: reply.text)
                } else {
                    report.outcome = "rejected"
                    report.detail = "the reply has numbers the facts do not: " + unsupported.joined(separator: ", ")
                    report.unsupportedNumbers = unsupported
                    logger.warning("insights report rejected by the fact check", metadata: ["numbers": .string(unsupported.joined(separator: " "))])
                }
            }
            count(report)
        }
        latest.withLock { $0 = report }
    }

    /// `GET /v1/insights`: the last report, or why there is none yet.
    func document() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let report = latest.withLock({ $0 }) { return try encoder.encode(report) }
        let pending = writer == nil ? "disabled: " + disabledReason : "no report yet; the first comes one interval after start"
        return Data(#"{"outcome":"pending","detail":\#(JSONWriter.quoted(pending))}"#.utf8)
    }

    /// The facts Gemini gets: traffic, errors, the cost forecast and advice, rule states and the
    /// latest signals, all as Outrigger computed them. Keys hold no digits, so every number in
    /// the text is a figure.
    func facts(now: Double) -> String {
        let totals = status.snapshot().totals
        let errorRate = totals.requests > 0 ? Double(totals.errors) / Double(totals.requests) : 0
        var json = "{\"llm_service\":\(JSONWriter.quoted(llmService)),\"requests\":\(totals.requests),\"errors\":\(totals.errors)"
        json += ",\"error_rate\":\(Self.rounded(errorRate)),\"forecast_hours\":24,\"cost\":\(costs.document(now: now))"
        if let rules {
            let states = rules.statusDocument(now: now).map { status in
                "{\"rule\":\(JSONWriter.quoted(status.rule)),\"states\":[" + status.groups.map {
                    "{\"group\":\(JSONWriter.quoted($0.group)),\"state\":\(JSONWriter.quoted($0.state))"
                        + ($0.errorProbability.map { ",\"error_probability\":\(Self.rounded($0))" } ?? "") + "}"
                }.joined(separator: ",") + "]}"
            }
            json += ",\"rules\":[" + states.joined(separator: ",") + "]"
            let signals = rules.recentSignals.prefix(5).map {
                "{\"rule\":\(JSONWriter.quoted($0.rule)),\"state\":\(JSONWriter.quoted($0.state)),\"group\":\(JSONWriter.quoted($0.group)),\"text\":\(JSONWriter.quoted(String($0.text.prefix(300))))}"
            }
            json += ",\"recent_signals\":[" + signals.joined(separator: ",") + "]"
        }
        return json + "}"
    }

    private static func rounded(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }

    private func send(summary: String) {
        statsd?.send(DogStatsDEvent(
            title: "[Outrigger] LLM health report: \(llmService)", text: summary, alertType: .info,
            aggregationKey: "outrigger-insights-\(llmService)", tags: ["llm_service:" + llmService, "insights:health_report"]
        ))
    }

    private func send(recommendation: Report.Recommendation) {
        let cents = Int((recommendation.monthlySavingUSD * 100).rounded())
        let dollars = "\(cents / 100)." + (cents % 100 < 10 ? "0" : "") + "\(cents % 100)"
        statsd?.send(DogStatsDEvent(
            title: "[Outrigger] Cost recommendation: save $\(dollars)/month (\(llmService))", text: recommendation.text,
            alertType: .info, aggregationKey: "outrigger-cost-advice-\(llmService)",
            tags: ["llm_service:" + llmService, "insights:cost_recommendation"]
        ))
    }

    private func count(_ report: Report) {
        statsd?.record(MetricSample(
            name: "outrigger.insights.reports", value: 1, type: .count,
            tags: ["llm_service:" + llmService, "outcome:" + report.outcome]
        ))
        if let cost = report.costUSD, cost > 0 {
            statsd?.record(MetricSample(
                name: "outrigger.insights.cost", value: cost, type: .count, tags: ["llm_service:" + llmService, "model:" + (report.model ?? "")]
            ))
        }
    }
}
