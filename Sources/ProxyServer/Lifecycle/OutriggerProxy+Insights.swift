import DatadogExport
import Logging
import ProxyConfig
import ServiceLifecycle
import UpstreamClient

extension OutriggerProxy {
    /// The Gemini health report (`insights.report_interval`): the reporter behind
    /// `GET /v1/insights` and the job that runs it. Gemini is called only with credentials: the
    /// Developer API key in `insights.summary_api_key_env`, or an `upstream.gemini_api_url` that
    /// is not Google's (mock-gemini, locally).
    static func healthReport(
        _ configuration: ProxyConfiguration, client: UpstreamHTTPClient, environment: [String: String], costs: CostInsights,
        rules: RuleEvaluation?, status: StatusStore, statsd: DogStatsDClient?, logger: Logger
    ) -> (reporter: InsightsReporter, services: [any Service]) {
        let settings = configuration.insights
        let base = configuration.upstream.geminiAPIURL
        let apiKey = environment[settings.summaryAPIKeyEnv].flatMap { $0.isEmpty ? nil : $0 }
        var host = UpstreamURLResolver.host(of: base).lowercased()
        if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        let isGoogle = host.hasSuffix(".googleapis.com")
        var writer: InsightsWriter?
        var reason = ""
        if settings.reportInterval == .zero {
            reason = "insights.report_interval is 0"
        } else if apiKey == nil, isGoogle {
            reason = "no Developer API key in $\(settings.summaryAPIKeyEnv), so no call to Gemini; set it to get the health report"
        } else {
            writer = InsightsWriter(
                client: client, geminiAPIBase: base, model: settings.reportModel, apiKey: apiKey,
                maxOutputTokens: settings.reportMaxOutputTokens, logger: logger
            )
        }
        let reporter = InsightsReporter(
            writer: writer, disabledReason: reason, costs: costs, rules: rules, status: status, statsd: statsd,
            prices: configuration.pricing.table, llmService: configuration.serviceName, logger: logger
        )
        guard settings.reportInterval > .zero else { return (reporter, []) }
        if writer == nil { logger.notice("Gemini health report off", metadata: ["reason": .string(reason)]) }
        return (reporter, [InsightsJob(interval: settings.reportInterval, reporter: reporter)])
    }
}

/// Runs the health report every `interval` (the first one interval after start) until shutdown.
struct InsightsJob: Service {
    let interval: Duration
    let reporter: InsightsReporter

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { return }
                await reporter.report(now: WallClock.now())
            }
        }
    }
}
