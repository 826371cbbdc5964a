import DatadogExport
import GeminiWire
import Logging
import ProxyConfig
import ServiceLifecycle
import UpstreamClient

extension OutriggerProxy {
    /// The Gemini health report (`insights.report_interval`): the reporter behind
    /// `GET /v1/insights` and the job that runs it. Gemini is called only with credentials (see
    /// ``geminiEndpoint(_:client:environment:logger:)``).
    static func healthReport(
        _ configuration: ProxyConfiguration, endpoint: Result<GeminiTextEndpoint, GeminiEndpointUnavailable>,
        transport: GeminiTransport, costs: CostInsights, rules: RuleEvaluation?, status: StatusStore, statsd: DogStatsDClient?,
        logger: Logger
    ) -> (reporter: InsightsReporter, services: [any Service]) {
        let settings = configuration.insights
        var writer: InsightsWriter?
        var reason = ""
        switch (settings.reportInterval == .zero, endpoint) {
        case (true, _):
            reason = "insights.report_interval is 0"
        case (false, .failure(let unavailable)):
            reason = unavailable.description + "; set one to get the health report"
        case (false, .success(let endpoint)):
            writer = InsightsWriter(
                transport: transport, endpoint: endpoint, model: settings.reportModel,
                maxOutputTokens: settings.reportMaxOutputTokens, logger: logger
            )
            logger.info("Gemini health report on", metadata: ["endpoint": .string(endpoint.summary)])
        }
        let reporter = InsightsReporter(
            writer: writer, disabledReason: reason, costs: costs, rules: rules, status: status, statsd: statsd,
            prices: configuration.pricing.table, llmService: configuration.serviceName, logger: logger
        )
        guard settings.reportInterval > .zero else { return (reporter, []) }
        if writer == nil { logger.notice("Gemini health report off", metadata: ["reason": .string(reason)]) }
        return (reporter, [InsightsJob(interval: settings.reportInterval, reporter: reporter)])
    }

    /// Where Outrigger's own Gemini calls go, in this order:
    /// 1. the Developer API, with the key in `insights.summary_api_key_env`;
    /// 2. Vertex AI in `insights.vertex_project` (or `$GOOGLE_CLOUD_PROJECT`, or in a Kubernetes
    ///    pod the metadata server's project), with the pod's Workload Identity token from the
    ///    metadata server;
    /// 3. a Developer API base that is not Google's (mock-gemini, locally), without a key.
    /// Otherwise there is no call, and the error says what to set.
    static func geminiEndpoint(
        _ configuration: ProxyConfiguration, client: UpstreamHTTPClient, environment: [String: String], logger: Logger
    ) -> Result<GeminiTextEndpoint, GeminiEndpointUnavailable> {
        let settings = configuration.insights
        let nonEmpty = { (name: String) in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let base = configuration.upstream.geminiAPIURL
        if let apiKey = nonEmpty(settings.summaryAPIKeyEnv) { return .success(.developerAPI(base: base, apiKey: apiKey)) }
        let project = settings.vertexProject.isEmpty ? nonEmpty("GOOGLE_CLOUD_PROJECT") : settings.vertexProject
        // In a Kubernetes pod with neither, the metadata server names the project too (as Google's SDKs ask it).
        if project != nil || nonEmpty("KUBERNETES_SERVICE_HOST") != nil {
            let location = settings.vertexLocation.isEmpty ? nonEmpty("GOOGLE_CLOUD_LOCATION") ?? "us-central1" : settings.vertexLocation
            let metadata = settings.metadataURL.isEmpty ? nonEmpty("GCE_METADATA_HOST").map { "http://" + $0 } ?? "http://metadata.google.internal" : settings.metadataURL
            let target: UpstreamTarget = switch location {
            case "global": .vertexGlobal
            case "us", "eu": .vertexMultiRegion(location: location)
            default: .vertexRegional(location: location)
            }
            let vertexBase = UpstreamURLResolver(upstream: configuration.upstream).baseURL(for: target)
            let tokens = MetadataTokenSource(client: client, base: metadata, logger: logger)
            return .success(.vertex(base: vertexBase, project: project, location: location, tokens: tokens))
        }
        var host = UpstreamURLResolver.host(of: base).lowercased()
        if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        guard host.hasSuffix(".googleapis.com") else { return .success(.developerAPI(base: base, apiKey: nil)) }
        return .failure(GeminiEndpointUnavailable(keyVariable: settings.summaryAPIKeyEnv))
    }
}

/// Why Outrigger makes no Gemini call of its own.
struct GeminiEndpointUnavailable: Error, CustomStringConvertible {
    let keyVariable: String
    var description: String {
        "no Developer API key in $\(keyVariable) and no Vertex AI project (insights.vertex_project or $GOOGLE_CLOUD_PROJECT, "
            + "with Workload Identity), so no call to Gemini"
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
