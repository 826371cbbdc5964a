package import DatadogExport
import AsyncHTTPClient
import Hummingbird
package import Logging
import NIOCore
package import NIOPosix
import Notifiers
package import ProxyConfig
package import ServiceLifecycle
package import Guards
import Ledger
import UpstreamClient

/// The assembled proxy: traffic and admin listeners, the upstream client and the call processor,
/// as services in dependency order for one ServiceGroup.
package struct OutriggerProxy: Sendable {
    /// Services in start order; ServiceGroup shuts them down in reverse: readiness flips to
    /// "draining" first, then the traffic listener stops accepting and finishes in-flight calls,
    /// then the admin listener, the upstream client, the processor drains its queue, and last
    /// the exporters flush.
    package let services: [any Service]
    /// Resolves to the bound ports once both listeners are up.
    package let ports: ListeningPorts
    /// The DogStatsD client when metrics are on, e.g. to bootstrap swift-metrics with.
    package let dogStatsDClient: DogStatsDClient?

    /// Assembles the proxy.
    /// - Parameters:
    ///   - configuration: validated configuration.
    ///   - logger: the root logger (credential-free by construction).
    ///   - eventLoopGroup: NIO event loops shared by both listeners and the upstream client.
    ///   - dogStatsD: where metrics go (from the `DD_*` environment); nil sends none.
    ///   - traces: where APM spans go; nil sends none and leaves trace headers untouched.
    ///   - llmObs: where LLM Observability spans and evaluations go; nil sends none.
    ///   - environment: the process environment, for secrets named in the configuration.
    ///   - injectionAssessor: the prompt-injection scorer; nil leaves the guards off.
    ///   - assessorForReload: builds the scorer for a reloaded `guards` section; nil reuses `injectionAssessor`.
    ///   - adminToken: the bearer token every admin route but the probes requires; nil leaves them open.
    ///   - configPath: the config file to reload on SIGHUP and on change; nil turns reloads off.
    ///   - reloadConfiguration: reads and validates that file as `serve` does (environment and flags applied).
    package init(
        configuration: ProxyConfiguration, logger: Logger,
        eventLoopGroup: MultiThreadedEventLoopGroup = .singleton,
        dogStatsD: DogStatsDConfiguration? = nil,
        traces: TraceWriterConfiguration? = nil,
        llmObs: LLMObsWriterConfiguration? = nil,
        environment: [String: String] = [:],
        injectionAssessor: (any InjectionAssessor)? = nil,
        assessorForReload: (@Sendable (GuardsConfiguration) -> any InjectionAssessor)? = nil,
        adminToken: AdminToken? = nil,
        configPath: String? = nil,
        reloadConfiguration: (@Sendable () throws(ConfigurationError) -> ProxyConfiguration)? = nil,
        interception: InterceptionSetup? = nil,
        onListening: @escaping @Sendable (_ traffic: Int, _ admin: Int) -> Void = { _, _ in }
    ) {
        let ports = ListeningPorts(onReady: onListening)
        let readiness = Readiness()
        let status = StatusStore(recentCapacity: configuration.admin.recentCalls)
        let statsd = dogStatsD.map { DogStatsDClient(configuration: $0, group: eventLoopGroup, logger: logger) }
        var sinks: [any CallRecordSink] = [status]
        if let statsd {
            sinks.append(CallMetrics(client: statsd, service: configuration.serviceName))
            sinks.append(SecurityTelemetry(client: statsd, llmService: configuration.serviceName))
            sinks.append(ResponseCheckTelemetry(client: statsd, llmService: configuration.serviceName))
        }
        let agentClient = (traces != nil || llmObs != nil)
            ? HTTPClient(eventLoopGroup: eventLoopGroup, configuration: Self.agentClientConfiguration) : nil
        let traceWriter = traces.flatMap { c in agentClient.map { TraceWriter(configuration: c, client: $0, logger: logger) } }
        if let traceWriter { sinks.append(CallTraces(writer: traceWriter, llmService: configuration.serviceName)) }
        let llmObsWriter = llmObs.flatMap { c in agentClient.map { LLMObsWriter(configuration: c, client: $0, logger: logger) } }
        let contentPolicy = MessageContentPolicy(privacy: configuration.datadog.llmobs.privacy, redact: PIIRedaction.redact)
        if let llmObsWriter {
            let identity = traces ?? TraceWriterConfiguration(agentURL: llmObsWriter.configuration.agentURL, service: configuration.serviceName)
            sinks.append(
                CallLLMObs(
                    writer: llmObsWriter,
                    content: contentPolicy,
                    llmService: configuration.serviceName, service: identity.service, env: identity.env, version: identity.version
                )
            )
        }
        let exporterSet = Exporters(dogStatsD: statsd, traces: traceWriter, llmObs: llmObsWriter)
        // The call log for `outrigger rules replay`: every call and recorded conversion.
        let callLog = configuration.rules.callLog.isEmpty ? nil : CallLogWriter(path: configuration.rules.callLog, logger: logger)
        let onConversion: (@Sendable (String) -> Void)? = callLog.map { log in
            { @Sendable session in log.conversion(sessionID: session, at: WallClock.now()) }
        }
        let economics = SessionEconomics(
            sessions: .init(capacity: configuration.sessions.maxTracked, idleTimeout: configuration.sessions.idleTimeout),
            statsd: statsd, llmService: configuration.serviceName,
            onConversion: onConversion
        )
        sinks.append(economics)
        if let callLog { sinks.append(callLog) }
        let insights = CostInsights(prices: configuration.pricing.table, statsd: statsd, llmService: configuration.serviceName)
        sinks.append(insights)
        let ruleParts = Self.rules(
            configuration, statsd: statsd, economics: economics, insights: insights, eventLoopGroup: eventLoopGroup, logger: logger
        )
        if let rules = ruleParts.evaluation { sinks.append(rules) }
        let sessionResolver = SessionResolver(headerName: configuration.sessions.header, labelKey: configuration.sessions.label)
        let guards = injectionAssessor.map {
            GuardStage(configuration: configuration.guards, assessor: $0, resolver: sessionResolver)
        }
        let checkStage = configuration.catalog.checks
            ? ResponseCheckStage(
                grounding: configuration.catalog.grounding, quality: configuration.quality, markers: configuration.guards.userTextMarkers,
                initial: nil
            ) : nil
        let catalogLoader = checkStage.map {
            CatalogLoader(configuration: configuration.catalog, stage: $0, readiness: readiness, logger: logger)
        }
        var settings = ProxySettings(configuration)
        if let traceWriter {
            settings.tracing = .init(sampler: traceWriter.sampler, service: traceWriter.configuration.service, env: traceWriter.configuration.env)
        }
        settings.identifyCalls = llmObsWriter != nil
        settings.guards = guards
        let live = LiveSettings(.init(proxy: settings, pricing: configuration.pricing.table))
        let processor = CallProcessor(
            capacity: 4096, maxQueueBytes: configuration.limits.analysisQueueBytes, maxDecodeBuffer: configuration.limits.maxResponseTapBytes,
            pricing: configuration.pricing.table,
            sessions: sessionResolver, guards: guards, responseChecks: checkStage, live: live, sinks: sinks, statsd: statsd, logger: logger
        )
        let reloader = configPath.flatMap { path in
            reloadConfiguration.map { load in
                ConfigReloader(
                    path: path, running: configuration, watchInterval: configuration.lifecycle.configWatchInterval,
                    statsd: statsd, logger: logger, load: load
                ) { new, changed in
                    ruleParts.evaluation?.noteChange(
                        "config reloaded" + (changed.isEmpty ? "" : " (changed: " + changed.joined(separator: ", ") + ")"),
                        now: WallClock.now()
                    )
                    live.update { values in
                        var proxy = ProxySettings(new)
                        proxy.tracing = values.proxy.tracing
                        proxy.identifyCalls = values.proxy.identifyCalls
                        // Rebuilt only when its section changed: per-session counts restart with it.
                        if let old = values.proxy.guards, old.configuration == new.guards {
                            proxy.guards = old
                        } else if let assessor = assessorForReload?(new.guards) ?? injectionAssessor {
                            proxy.guards = GuardStage(configuration: new.guards, assessor: assessor, resolver: sessionResolver)
                        }
                        values.proxy = proxy
                        values.pricing = new.pricing.table
                    }
                }
            }
        }
        let drain = DrainDeadline()
        let clientSettings = UpstreamClientSettings(
            connectTimeout: configuration.upstream.timeouts.connect,
            idleReadTimeout: configuration.upstream.timeouts.idle, http2: configuration.upstream.http2,
            maxConnectionsPerHost: configuration.upstream.maxConnectionsPerHost
        )
        let client = UpstreamHTTPClient(settings: clientSettings, eventLoopGroup: eventLoopGroup)
        let routing = interception.map { Self.interceptionRouting($0, clientSettings: clientSettings, eventLoopGroup: eventLoopGroup) }
        let transport = GeminiTransport(client: client, intercepted: routing.map { routing in (routing.upstreams, { routing.host(ofBaseURL: $0) }) })
        let gemini = Self.geminiEndpoint(configuration, client: client, environment: environment, logger: logger)
        let summarizer = configuration.insights.summary
            ? AdviceSummarizer(
                transport: transport, endpoint: (try? gemini.get()) ?? .developerAPI(base: configuration.upstream.geminiAPIURL, apiKey: nil),
                model: configuration.insights.summaryModel, ttl: configuration.insights.summaryTTL, logger: logger
            ) : nil
        let healthReport = Self.healthReport(
            configuration, endpoint: gemini, transport: transport, costs: insights, rules: ruleParts.evaluation,
            status: status, statsd: statsd, logger: logger
        )
        var trafficLogger = logger
        trafficLogger[metadataKey: "component"] = "traffic"
        var adminLogger = logger
        adminLogger[metadataKey: "component"] = "admin"

        let bodies = BodyBudget(limit: configuration.limits.inFlightBodyBytes)
        let responder = ProxyResponder(
            live: live, drain: drain, client: client, processor: processor, ids: CallIDGenerator(),
            logger: trafficLogger,
            interception: routing, bodyBudget: bodies
        )
        let connections = ConnectionLimiter(capacity: configuration.limits.maxConnections)
        let traffic = Application(
            responder: responder,
            server: .traffic(limits: configuration.limits, limiter: connections),
            configuration: .init(
                address: .hostname(configuration.listen.host, port: configuration.listen.port), serverName: nil
            ),
            onServerRunning: { channel in
                readiness.markListening()
                ports.setTraffic(channel.localAddress?.port ?? 0)
            },
            eventLoopGroupProvider: .shared(eventLoopGroup),
            logger: trafficLogger
        )
        let admin = Application(
            router: AdminRoutes.makeRouter(
                status: status, processor: processor, readiness: readiness, exporters: exporterSet, economics: economics,
                insights: insights, summarizer: summarizer, catalog: catalogLoader, reloader: reloader,
                rules: ruleParts.evaluation, webhook: ruleParts.webhook, token: adminToken, connections: connections, bodies: bodies,
                content: contentPolicy, handshakes: interception?.certificates, healthReport: healthReport.reporter
            ),
            configuration: .init(
                address: .hostname(configuration.admin.listen.host, port: configuration.admin.listen.port),
                serverName: nil
            ),
            onServerRunning: { channel in ports.setAdmin(channel.localAddress?.port ?? 0) },
            eventLoopGroupProvider: .shared(eventLoopGroup),
            logger: adminLogger
        )
        let intercepting = interception.map {
            Self.interceptionServices(
                $0, responder: responder, configuration: configuration,
                eventLoopGroup: eventLoopGroup, readiness: readiness, ports: ports, limiter: connections, logger: trafficLogger
            )
        } ?? []
        var exporters: [any Service] = []
        // Freed memory goes back to the kernel every second, so RSS follows the bounded queues
        // down after a burst instead of staying at its peak.
        if MemoryTrim.isAvailable { exporters.append(PeriodicTask(interval: .seconds(1)) { MemoryTrim.run() }) }
        if let statsd {
            exporters.append(statsd)
            exporters.append(
                PeriodicTask(interval: .seconds(30)) {
                    economics.reportGauges()
                    insights.reportForecast(now: WallClock.now())
                }
            )
        }
        if let agentClient { exporters.append(HTTPClientService(client: agentClient)) }
        if let traceWriter { exporters.append(traceWriter) }
        if let llmObsWriter { exporters.append(llmObsWriter) }
        if let callLog { exporters.append(callLog) }
        self.services = exporters + healthReport.services + ruleParts.services + (catalogLoader.map { [$0] } ?? []) + (reloader.map { [$0] } ?? []) + [
            processor,
            UpstreamClientService(client: client),
            admin,
            traffic,
        ] + intercepting + [
            DrainSignal(readiness: readiness, drain: drain, gracePeriod: configuration.lifecycle.shutdownGracePeriod),
        ]
        self.ports = ports
        self.dogStatsDClient = statsd
    }
}

extension OutriggerProxy {
    /// The detection rules: the engine as a call sink, its evaluation timer, the webhook and the
    /// state file, as services that stop after the processor (reverse order of this list).
    static func rules(
        _ configuration: ProxyConfiguration, statsd: DogStatsDClient?, economics: SessionEconomics, insights: CostInsights,
        eventLoopGroup: MultiThreadedEventLoopGroup, logger: Logger
    ) -> (evaluation: RuleEvaluation?, webhook: WebhookNotifier?, services: [any Service]) {
        let settings = configuration.rules
        guard settings.enabled else { return (nil, nil, []) }
        var services: [any Service] = []
        var webhook: WebhookNotifier?
        if !settings.notify.webhookURL.isEmpty {
            var clientConfiguration = HTTPClient.Configuration(redirectConfiguration: .disallow)
            clientConfiguration.timeout.connect = .seconds(2)
            let client = HTTPClient(eventLoopGroup: eventLoopGroup, configuration: clientConfiguration)
            let notifier = WebhookNotifier(
                url: settings.notify.webhookURL, client: client, timeout: settings.notify.webhookTimeout,
                maxAttempts: settings.notify.webhookMaxAttempts, queue: settings.notify.webhookQueue, logger: logger
            )
            services += [HTTPClientService(client: client), notifier]
            webhook = notifier
        }
        let evaluation = RuleEvaluation(
            configuration: settings, statsd: statsd, webhook: webhook, logger: logger, llmService: configuration.serviceName,
            costPerConversion: { economics.lastHourCostPerConversion() }, costAdvice: { insights.topAdvice(now: $0) }
        )
        if !settings.stateFile.isEmpty {
            let file = RuleStateFile(path: settings.stateFile, interval: settings.stateSaveInterval, rules: evaluation, logger: logger)
            file.restore()
            services.append(file)
        }
        services.append(PeriodicTask(interval: settings.evaluationInterval) { evaluation.evaluate(now: WallClock.now()) })
        return (evaluation, webhook, services)
    }

    /// The node Agent is local: fail fast when it is down (the writer retries per payload itself).
    static var agentClientConfiguration: HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.timeout.connect = .seconds(1)
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }
}
